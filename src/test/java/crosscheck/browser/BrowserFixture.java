package crosscheck.browser;

import crosscheck.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The lifecycle browser tests share: one server for the class, a fresh headless Chromium for each test, which
 * must end without a Content-Security-Policy violation and is always quit.
 */
abstract class BrowserFixture {
    static TestServer server;
    Browser browser;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(server.baseUrl());
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
