package crosscheck.browser;

import crosscheck.LocalPages;
import crosscheck.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Giving an article's address on the home page, as a person would: the reader shows the article and its source. */
@Tag("browser")
class UrlIngestBrowserIT {
    LocalPages pages;
    TestServer server;
    Browser browser;

    @BeforeEach
    void open() {
        pages = LocalPages.start();
        server = TestServer.startAllowingPrivateUrls();
        browser = Browser.open(server.baseUrl());
        browser.signIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
    }

    @AfterEach
    void close() {
        try {
            browser.assertNoCspViolations();
            browser.close();
        } finally {
            server.close();
            pages.close();
        }
    }

    @Test
    void anAddressOpensTheArticleWithItsBylineAndCitedLink() {
        browser.openHome();
        browser.find("#article-url").sendKeys(pages.url("/news"));
        browser.find("#submit-article").click();
        browser.wait.until(ExpectedConditions.urlMatches("/a/[^/?#]+$"));
        browser.waitForReader();

        assertEquals("Senate passes $61 billion aid bill", browser.find("#article h1").getText());
        String source = browser.find("#article-source").getText();
        assertTrue(source.contains("By Jane Roe") && source.contains("The Example Times"), source);
        assertEquals("https://news.example/politics/aid-bill",
                browser.find("#article-source a").getAttribute("href"));
        String text = browser.find("#article").getText();
        assertFalse(text.contains("We use cookies"), text);
        assertFalse(browser.findAll("#claim-list .source[data-kind='cited']").isEmpty(), "the page's own link is a cited source");
    }

    @Test
    void aRefusedAddressShowsWhyOnTheForm() {
        browser.openHome();
        browser.find("#article-url").sendKeys(pages.url("/image.png"));
        browser.find("#submit-article").click();
        browser.wait.until(d -> !browser.find("#form-error").getText().isEmpty());
        assertTrue(browser.find("#form-error").getText().contains("Crosscheck reads HTML, plain text and PDF"),
                browser.find("#form-error").getText());
    }
}
