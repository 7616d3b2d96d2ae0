package crosscheck.browser;

import crosscheck.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People on the team in the browser: signing in and out, the admin's team page, joining through an invite link. */
@Tag("browser")
class AccountsBrowserIT {
    static final String PASSWORD = "a long enough password";

    static TestServer server;
    final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        server.createMember("Editor Emma", PASSWORD, "editor");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeBrowsers() {
        try {
            for (Browser browser : browsers) {
                browser.assertNoCspViolations();
            }
        } finally {
            browsers.forEach(Browser::close);
            browsers.clear();
        }
    }

    Browser newBrowser() {
        Browser browser = Browser.open(server.baseUrl());
        browsers.add(browser);
        return browser;
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheSignInPageWithAReason() {
        Browser browser = newBrowser();
        browser.get("/signin");
        browser.find("#signin-name").sendKeys("Editor Emma");
        browser.find("#signin-password").sendKeys("not the password");
        browser.find("#signin-submit").click();

        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auth-error")));
        assertEquals("/signin", URI.create(browser.driver.getCurrentUrl()).getPath());
        assertEquals("alert", error.getAttribute("role"));
        assertTrue(error.getText().contains("do not match"), error.getText());

        browser.fillSignInForm("Editor Emma", PASSWORD);
        browser.openHome();
        assertEquals("Editor Emma", browser.find("#account-name").getText());
        assertEquals("Editor", browser.find("#account-role").getText());
        assertTrue(browser.find("#home-new").isDisplayed(), "an editor can submit articles");
        assertTrue(browser.findAll("#team-link").isEmpty(), "the team page is for admins");
    }

    @Test
    void anAdminInvitesAViewerWhoJoinsAndSignsOut() {
        Browser admin = newBrowser();
        admin.signIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        admin.openHome();
        admin.find("#team-link").click();
        admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#member-list .member[data-name='" + TestServer.ADMIN + "']")));

        new Select(admin.find("#invite-role")).selectByValue("viewer");
        admin.find("#invite-create").click();
        WebElement inviteField = admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-url")));
        String invite = inviteField.getAttribute("value");
        assertTrue(invite.startsWith(server.baseUrl() + "/invite/"), invite);

        Browser newcomer = newBrowser();
        newcomer.get(invite);
        newcomer.find("#invite-name").sendKeys("Viewer Victor");
        newcomer.find("#invite-password").sendKeys(PASSWORD);
        newcomer.find("#invite-submit").click();
        newcomer.wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-state", "ready"));
        assertEquals("Viewer Victor", newcomer.find("#account-name").getText());
        assertEquals("Viewer", newcomer.find("#account-role").getText());
        assertFalse(newcomer.find("#home-new").isDisplayed(), "a viewer has no submission form");

        newcomer.find("#sign-out").click();
        newcomer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
        newcomer.get("/");
        newcomer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
        assertEquals("/signin", URI.create(newcomer.driver.getCurrentUrl()).getPath(), "signed out means signed out");

        newcomer.get(invite);
        assertTrue(newcomer.driver.getTitle().contains("404"), "an invite works once: " + newcomer.driver.getTitle());

        admin.driver.navigate().refresh();
        WebElement victor = admin.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#member-list .member[data-name='Viewer Victor']")));
        assertEquals("viewer", victor.getAttribute("data-role"));
    }
}
