package crosscheck.browser;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.json.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page in headless Chromium against the real app: errors on the page, the sample, the list. */
@Tag("browser")
class HomeBrowserIT extends BrowserFixture {

    @Test
    void emptyTextShowsTheServersMessageOnThePage() {
        HttpResponse<String> rejected = api.post("/api/articles", Map.of("text", "  \n "));
        assertEquals(422, rejected.statusCode());
        String message = Json.read(rejected.body(), JsonNode.class).get("message").asText();

        browser.openHome();
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
        browser.openHome();
        browser.find("#try-sample").click();
        browser.wait.until(ExpectedConditions.urlMatches("/a/[^/?#]+$"));
        browser.waitForReader();
        assertFalse(browser.find("#article h1").getText().isBlank());
        assertFalse(browser.findAll("#article .ent").isEmpty(), "the sample has highlights");
        assertFalse(browser.findAll("#claim-list .claim").isEmpty(), "the sample has claims");
    }

    @Test
    void articlesAlreadyReadAreListedWithALinkToTheReader() {
        String path = api.createArticle("Port traffic fell 8% in October",
                "Port traffic fell 8% in October, the harbour authority in Rotterdam said on Friday.\n\n"
                        + "\"Volumes will recover by spring,\" said Anna de Vries, its director.");
        browser.openHome();
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

    @Test
    void theLibraryCountsClaimsByStatusAndFiltersAndSearches() {
        String harbour = api.createArticle("Harbour dredging doubles in cost",
                "The cost of dredging the harbour rose to $12 million in 2025, twice the 2023 budget, the port authority said.");
        String orchard = api.createArticle("Orchard grants cut",
                "Grants for orchard growers were cut by 40% this year, the agriculture ministry said on Monday.");
        String harbourId = ApiClient.articleId(harbour);
        String claimId = ApiClient.json(api.get("/api/articles/" + harbourId)).at("/analysis/claims/0/id").asText();
        api.setStatus(harbourId, claimId, "false");

        browser.openHome();
        WebElement harbourItem = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#article-list .article-item[data-id='" + harbourId + "']")));
        assertEquals("1 false", harbourItem.findElement(By.cssSelector(".status-count[data-status='false']")).getText());

        new Select(browser.find("#library-status")).selectByValue("false");
        browser.wait.until(d -> linksShown().equals(List.of(harbour)));
        assertTrue(browser.driver.getCurrentUrl().endsWith("?status=false"), "the filter is in the address: " + browser.driver.getCurrentUrl());

        new Select(browser.find("#library-status")).selectByValue("");
        browser.find("#library-q").sendKeys("orchard");
        browser.wait.until(d -> linksShown().equals(List.of(orchard)));

        browser.find("#library-q").sendKeys(" zeppelin");
        browser.wait.until(d -> linksShown().isEmpty());
        assertEquals("No article matches this search.", browser.find("#article-list-status").getText());
    }

    private List<String> linksShown() {
        return browser.findAll("#article-list .article-link").stream().map(link -> link.getAttribute("href"))
                .map(href -> href.substring(server.baseUrl().length())).toList();
    }
}
