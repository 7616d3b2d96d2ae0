package crosscheck.browser;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team working together, each member in a browser of their own (issue #7): changes appear live in the other
 * members' pages, a stale edit gets the conflict message, a share link reads the article without any control and
 * stops working when revoked, a viewer cannot change anything, and someone signed out sees only the sign-in page.
 */
@Tag("browser")
class TeamBrowserIT {
    static final String PASSWORD = "correct horse battery staple";
    static final String ADA = "Ada Okafor";
    static final String GRACE = "Grace Lindqvist";
    static final String VERA = "Vera Mendes";
    /** "Other open readers of the same article see changes within a second": a few seconds leaves room for a busy machine. */
    static final Duration LIVE_WITHIN = Duration.ofSeconds(5);
    static final String CONFLICT = "Someone else changed this claim; showing their version.";

    static TestServer server;
    static ApiClient api;
    final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        server.createMember(ADA, PASSWORD, "editor");
        server.createMember(GRACE, PASSWORD, "editor");
        server.createMember(VERA, PASSWORD, "viewer");
        api = ApiClient.as(server, "editor");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeBrowsers() {
        AssertionError violation = null;
        for (Browser browser : browsers) {
            try {
                browser.assertNoCspViolations();
            } catch (AssertionError e) {
                violation = violation == null ? e : violation;
            } finally {
                browser.close();
            }
        }
        browsers.clear();
        if (violation != null) {
            throw violation;
        }
    }

    /** A new browser, signed in as that member (or signed out for null). */
    Browser browserFor(String member) {
        Browser browser = Browser.open(server.baseUrl());
        browsers.add(browser);
        if (member != null) {
            browser.signIn(member, PASSWORD);
        }
        return browser;
    }

    /** An article of its own for each test (the same text would be the same article), with its first claim. */
    static Story story(String place) {
        String title = "Ferry fares in " + place + " rise again";
        String path = api.createArticle(title, """
                Ferry fares in %s rose by 18%% in March, the harbour board said on Tuesday.

                The board's chairman, Tom Reyes, told Reuters that fuel costs had doubled since 2023 and that the \
                service lost $4 million last year.
                """.formatted(place));
        String id = ApiClient.articleId(path);
        String claimId = ApiClient.json(api.get("/api/articles/" + id)).at("/analysis/claims/0/id").asText();
        assertFalse(claimId.isBlank(), "the article has a claim");
        return new Story(title, path, id, claimId, "#claim-card-" + claimId);
    }

    record Story(String title, String path, String id, String claimId, String card) {
    }

    static void chooseStatus(Browser browser, Story story, String status) {
        new Select(browser.find(story.card() + " .claim-status-select")).selectByValue(status);
    }

    static String statusShown(Browser browser, Story story) {
        return browser.find(story.card() + " .claim-status").getText();
    }

    @Test
    void aMembersChangeAppearsLiveForAnotherAndTheirStaleEditGetsTheConflictMessage() {
        Story story = story("Ardmore");
        Browser ada = browserFor(ADA);
        Browser grace = browserFor(GRACE);
        for (Browser browser : List.of(ada, grace)) {
            browser.openReader(story.path());
            browser.waitForWorkflow();
        }
        grace.script("window.__samePage = true;"); // gone if anything reloads Grace's page
        assertEquals("Unchecked", statusShown(grace, story));

        // Ada marks the claim false and says why
        chooseStatus(ada, story, "false");
        ada.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(story.card()), "data-version", "1"));
        ada.find(story.card() + " .claim-note-input").sendKeys("**Wrong**: the board's report says 12%.");
        ada.find(story.card() + " .claim-note-submit").click();
        ada.wait.until(driver -> ada.findAll(story.card() + " .note").size() == 1);

        // Grace sees both without reloading
        WebDriverWait live = new WebDriverWait(grace.driver, LIVE_WITHIN);
        live.until(driver -> "False".equals(statusShown(grace, story)) && grace.findAll(story.card() + " .note").size() == 1);
        assertEquals("false", new Select(grace.find(story.card() + " .claim-status-select")).getFirstSelectedOption().getAttribute("value"));
        WebElement note = grace.find(story.card() + " .note");
        assertEquals("Wrong", note.findElement(By.cssSelector(".note-body strong")).getText());
        assertTrue(note.getText().contains(ADA), "the note names its author: " + note.getText());
        assertEquals(Boolean.TRUE, grace.script("return window.__samePage === true;"), "Grace's page was reloaded");

        // Grace starts a note from what she sees; meanwhile Ada changes the status again
        String draft = "Checked with the board: the figure stands.";
        grace.find(story.card() + " .claim-note-input").sendKeys(draft);
        chooseStatus(ada, story, "misleading");
        live.until(driver -> "Misleading".equals(statusShown(grace, story)));
        assertEquals(draft, grace.find(story.card() + " .claim-note-input").getAttribute("value"), "a live update keeps a draft");

        grace.find(story.card() + " .claim-note-submit").click();
        WebElement alert = grace.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(story.card() + " .claim-alert")));
        assertEquals("alert", alert.getAttribute("role"));
        assertTrue(alert.getText().startsWith(CONFLICT), alert.getText());
        assertEquals("Misleading", statusShown(grace, story), "the conflict shows the newer state");
        assertEquals(1, grace.findAll(story.card() + " .note").size());
        assertEquals(draft, grace.find(story.card() + " .claim-note-input").getAttribute("value"), "the draft is kept to send again");

        JsonNode saved = api.claimState(story.id(), story.claimId());
        assertEquals("misleading", saved.path("status").asText());
        assertEquals(1, saved.path("notes").size(), "the stale note was not saved: " + saved);
        assertTrue(grace.find(story.card() + " .claim-history").getAttribute("textContent").contains(ADA + " changed the status"),
                "the history says who changed what");
    }

    @Test
    void aShareLinkShowsTheArticleReadOnlyAndStopsWorkingWhenRevoked() {
        Story story = story("Brennock");
        api.setStatus(story.id(), story.claimId(), "verified");
        api.addNote(story.id(), story.claimId(), "Internal: call the harbour board back on Friday.");
        Browser ada = browserFor(ADA);
        ada.openReader(story.path());
        ada.find("#share-open").click();
        ada.find("#share-create").click();
        WebElement shareField = ada.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("share-url")));
        String shareUrl = shareField.getAttribute("value");
        assertTrue(shareUrl.startsWith(server.baseUrl() + "/s/"), shareUrl);
        ada.wait.until(driver -> ada.findAll("#share-list .share[data-state='active']").size() == 1);

        Browser outsider = browserFor(null);
        outsider.get(shareUrl);
        outsider.waitForReader();
        outsider.waitForWorkflow();
        assertEquals(story.title(), outsider.find("#article h1").getText());
        assertEquals("Verified", statusShown(outsider, story));
        assertTrue(outsider.findAll("#claim-list select, #claim-list textarea, #claim-list input, #claim-list form").isEmpty(),
                "no controls on the claims");
        assertTrue(outsider.findAll("#claim-list .note, #claim-list .claim-history").isEmpty(), "no notes or history");
        assertFalse(outsider.find("body").getText().contains("call the harbour board"), "the team's notes stay inside the team");
        for (String hidden : List.of("#share-open", "#export-links")) {
            assertFalse(outsider.find(hidden).isDisplayed(), hidden + " is shown under a share link");
        }
        assertTrue(outsider.findAll("#account, a[href='/'], a[href='/team']").isEmpty(), "no way into the team's pages");
        assertTrue(outsider.find(story.card() + " .claim-permalink").getAttribute("href").startsWith(shareUrl + "#claim-"),
                "claim links stay inside the share link");

        api.setStatus(story.id(), story.claimId(), "false");
        new WebDriverWait(outsider.driver, LIVE_WITHIN).until(driver -> "False".equals(statusShown(outsider, story)));

        ada.find("#share-list .share-revoke").click();
        ada.wait.until(driver -> ada.findAll("#share-list .share[data-state='revoked']").size() == 1);
        outsider.driver.navigate().refresh();
        outsider.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='alert']")));
        assertTrue(outsider.driver.getTitle().contains("404"), "the not-found page: " + outsider.driver.getTitle());
        assertTrue(outsider.findAll("#article").isEmpty(), "no article after the link was revoked");
    }

    @Test
    void aViewerSeesTheWorkButCannotChangeAnything() {
        Story story = story("Carrick");
        api.setStatus(story.id(), story.claimId(), "false");
        api.addNote(story.id(), story.claimId(), "Source: *the board's* annual report, page 4.");
        Browser vera = browserFor(VERA);

        vera.openHome();
        assertFalse(vera.find("#home-new").isDisplayed(), "a viewer has no submission form");
        assertEquals("Viewer", vera.find("#account-role").getText());
        vera.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-list .article-link[href='" + story.path() + "']")));

        vera.openReader(story.path());
        vera.waitForWorkflow();
        assertEquals("False", statusShown(vera, story));
        assertEquals("the board's", vera.find(story.card() + " .note-body em").getText(), "a viewer reads the notes");
        assertTrue(vera.findAll("#claim-list select, #claim-list textarea, #claim-list input, #claim-list form").isEmpty(),
                "no controls on the claims");
        assertFalse(vera.find("#share-open").isDisplayed(), "a viewer cannot share");

        int version = api.claimState(story.id(), story.claimId()).path("version").asInt();
        Map<?, ?> forced = forcedWrite(vera, "PUT", ApiClient.claimPath(story.id(), story.claimId()),
                Map.of("version", version, "status", "verified"));
        assertEquals(403L, forced.get("status"), String.valueOf(forced.get("body")));
        assertEquals("forbidden", ApiClient.json((String) forced.get("body")).path("error").asText());
        Map<?, ?> note = forcedWrite(vera, "POST", ApiClient.claimPath(story.id(), story.claimId()) + "/notes",
                Map.of("version", version, "text", "a viewer's note"));
        assertEquals(403L, note.get("status"), String.valueOf(note.get("body")));
        Map<?, ?> share = forcedWrite(vera, "POST", "/api/articles/" + story.id() + "/share", Map.of());
        assertEquals(403L, share.get("status"), String.valueOf(share.get("body")));

        JsonNode saved = api.claimState(story.id(), story.claimId());
        assertEquals("false", saved.path("status").asText());
        assertEquals(1, saved.path("notes").size());
    }

    /**
     * A write sent from the member's own page with their session and a valid CSRF token, as a curious viewer could
     * type in the console: {status, body}.
     */
    static Map<?, ?> forcedWrite(Browser browser, String method, String path, Map<String, ?> body) {
        return (Map<?, ?>) browser.driver.executeAsyncScript("""
                const [method, path, body, done] = arguments;
                fetch('/api/me').then((me) => me.json())
                  .then((me) => fetch(path, { method, body: JSON.stringify(body),
                    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf } }))
                  .then(async (response) => done({ status: response.status, body: await response.text() }))
                  .catch((error) => done({ status: -1, body: String(error) }));""", method, path, body);
    }

    @Test
    void aSignedOutVisitorGetsTheSignInPageForEveryRoute() {
        Story story = story("Dunmore");
        Browser visitor = browserFor(null);
        String claimLink = story.path() + "#claim-" + story.claimId();
        for (String route : List.of("/", story.path(), "/team", claimLink, story.path() + "?entity=loc-dunmore", "/a/no-such-article")) {
            visitor.get(route);
            WebElement form = visitor.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
            URI at = URI.create(visitor.driver.getCurrentUrl());
            assertEquals("/signin", at.getPath(), route);
            String next = URLDecoder.decode(at.getRawQuery().replaceFirst("^.*?next=", "").replaceFirst("&.*$", ""), StandardCharsets.UTF_8);
            assertEquals(route.replaceFirst("#.*$", ""), next, "the sign-in page knows where to go back to");
            assertTrue(form.isDisplayed());
            assertTrue(visitor.findAll("#article, #claim-list, #article-list, #member-list").isEmpty(), route + " showed its content");
        }

        visitor.get(claimLink);
        visitor.fillSignInForm(ADA, PASSWORD);
        visitor.waitForReader();
        assertEquals(server.baseUrl() + claimLink, visitor.driver.getCurrentUrl(), "signing in goes back to the claim");
        assertEquals("true", visitor.find(story.card()).getAttribute("aria-current"));
    }
}
