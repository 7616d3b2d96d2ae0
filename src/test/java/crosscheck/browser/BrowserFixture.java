package crosscheck.browser;

import crosscheck.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The lifecycle browser tests share: one server for the class, a fresh headless Chromium for each test, signed in
 * as the team's admin, which must end without a Content-Security-Policy violation and is always quit; and an API
 * client with an editor's token for setting up what the pages show.
 */
abstract class BrowserFixture {
    static TestServer server;
    static ApiClient api;
    Browser browser;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        api = ApiClient.as(server, "editor");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(server.baseUrl());
        browser.signIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        try {
            browser.assertNoCspViolations();
        } finally {
            browser.close();
        }
    }
}
