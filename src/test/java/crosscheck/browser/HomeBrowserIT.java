package crosscheck.browser;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.json.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page in headless Chromium against the real app: errors on the page, the sample, the list. */
@Tag("browser")
class HomeBrowserIT extends BrowserFixture {

    @Test
    void emptyTextShowsTheServersMessageOnThePage() {
        HttpResponse<String> rejected = Browser.postJson(server.baseUrl(), "/api/articles", Map.of("text", "  \n "));
        assertEquals(422, rejected.statusCode());
        String message = Json.read(rejected.body(), JsonNode.class).get("message").asText();

        browser.get("/");
        WebElement error = browser.find("#form-error");
        assertFalse(error.isDisplayed(), "no error before submitting");
        browser.find("#article-text").sendKeys("   ");
        browser.find("#submit-article").click();

        browser.wait.until(ExpectedConditions.visibilityOf(error));
        assertEquals(message, error.getText());
        assertEquals("alert", error.getAttribute("role"));
        assertFalse(error.getText().contains("422"), "a person sees a sentence, not a status code");
        assertEquals(server.baseUrl() + "/", browser.driver.getCurrentUrl(), "the page stays on the form");
        assertTrue(browser.find("#submit-article").isEnabled(), "the form can be sent again");
    }

    @Test
    void sampleArticleOpensInTheReader() {
        browser.get("/");
        browser.find("#try-sample").click();
        browser.wait.until(ExpectedConditions.urlMatches("/a/[^/?#]+$"));
        browser.waitForReader();
        assertFalse(browser.find("#article h1").getText().isBlank());
        assertFalse(browser.findAll("#article .ent").isEmpty(), "the sample has highlights");
        assertFalse(browser.findAll("#claim-list .claim").isEmpty(), "the sample has claims");
    }

    @Test
    void articlesAlreadyReadAreListedWithALinkToTheReader() {
        String path = Browser.createArticle(server.baseUrl(), "Port traffic fell 8% in October",
                "Port traffic fell 8% in October, the harbour authority in Rotterdam said on Friday.\n\n"
                        + "\"Volumes will recover by spring,\" said Anna de Vries, its director.");
        browser.get("/");
        WebElement link = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article-list .article-link[href='" + path + "']")));
        assertEquals("Port traffic fell 8% in October", link.getText());
        WebElement item = link.findElement(By.xpath("ancestor::li[1]"));
        assertTrue(item.findElement(By.cssSelector(".article-meta time")).getAttribute("datetime").matches("\\d{4}-\\d\\d-\\d\\dT.*"));
        assertTrue(item.getText().matches("(?s).*\\d+ claims?.*"), item.getText());

        link.click();
        browser.waitForReader();
        assertEquals(server.baseUrl() + path, browser.driver.getCurrentUrl());
    }
}
