package crosscheck.browser;

import crosscheck.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Cookie;

import java.util.Set;

/**
 * The lifecycle browser tests share: one server for the class, a fresh headless Chromium for each test, signed in
 * as the team's admin (through the form once per class, then with that session's cookie, so a class of many tests
 * stays under the server's limit of sign-ins a minute), which must end without a Content-Security-Policy violation
 * and is always quit; and an API client with an editor's token for setting up what the pages show. Tests here never
 * sign out.
 */
abstract class BrowserFixture {
    static TestServer server;
    static ApiClient api;
    private static Set<Cookie> adminSession;
    Browser browser;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        api = ApiClient.as(server, "editor");
        adminSession = null;
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(server.baseUrl());
        if (adminSession == null) {
            browser.signIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
            adminSession = browser.cookies();
        } else {
            browser.useCookies(adminSession);
        }
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
