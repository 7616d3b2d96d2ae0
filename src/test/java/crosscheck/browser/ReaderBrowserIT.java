package crosscheck.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader page in headless Chromium against the real app: highlights, legend, claims, entities, permalinks. */
@Tag("browser")
class ReaderBrowserIT extends BrowserFixture {
    static final String TITLE = "Clinics in Kenya ration vaccines after donors cut funding";
    /** Written for these tests: quotes, figures, dates, several people, organizations and places. */
    static final String ARTICLE = """
            Health clinics across Kenya ran short of vaccines in March after donors cut their funding by 30%, \
            according to figures published by the World Health Organization on Tuesday.

            The Ministry of Health said the shortfall had reached $45 million, more than twice the gap recorded in 2024.

            "We are rationing doses for the first time in a decade," said Sarah Mitchell, who runs a clinic in Nairobi. \
            "Parents walk for hours and go home empty-handed."

            Peter Mwangi, a spokesman for the Kenya Red Cross, told Reuters that 1.2 million children had missed \
            at least one scheduled vaccination this year.

            The European Commission promised an extra $20 million in April, but officials in Brussels said the money \
            would not arrive before June.

            Critics called the pledge a "gesture" rather than a plan. Mitchell said the clinics needed 40 per cent more \
            nurses to catch up by December.
            """;
    static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "MONEY", "PERCENT", "DATE");

    static String articlePath;

    @BeforeAll
    static void storeArticle() {
        // runs after BrowserFixture started the server
        articlePath = api.createArticle(TITLE, ARTICLE);
    }

    @Test
    void pastedArticleShowsHighlightsOfEachType() {
        browser.pasteOnHomePage(TITLE, ARTICLE);

        assertEquals(TITLE, browser.find("#article h1").getText());
        assertEquals(articlePath, browser.driver.getCurrentUrl().substring(server.baseUrl().length()),
                "the same text pasted twice has the same address");
        for (String type : TYPES) {
            List<WebElement> highlights = browser.findAll("#article .ent[data-entity-type='" + type + "']");
            assertFalse(highlights.isEmpty(), "no highlight of type " + type);
            WebElement first = highlights.get(0);
            assertFalse(first.getAttribute("data-cluster").isBlank(), type + " highlight without a cluster");
            String label = first.getAttribute("aria-label");
            assertTrue(label != null && label.contains(first.getText()),
                    type + " highlight's accessible name should name the mention: " + label);
            assertTrue(browser.find("#legend-items input[data-type='" + type + "']").isSelected(),
                    "legend toggle for " + type + " should start on");
        }
        assertTrue(browser.findAll("#article .ent[data-entity-type='PERSON']").stream()
                .anyMatch(mention -> mention.getText().contains("Mitchell")), "Sarah Mitchell is a person");
        assertTrue(browser.findAll("#article .ent[data-entity-type='MONEY']").stream()
                .anyMatch(mention -> mention.getText().contains("$45 million")), "$45 million is money");
        assertTrue(browser.findAll("#article .quote[data-quote-kind='direct']").stream()
                .anyMatch(quote -> quote.getText().contains("We are rationing doses")), "the direct quote is marked");
    }

    @Test
    void togglingATypeHidesItsHighlights() {
        browser.openReader(articlePath);
        WebElement person = browser.find("#article .ent[data-entity-type='PERSON']");
        WebElement organization = browser.find("#article .ent[data-entity-type='ORGANIZATION']");
        assertEquals("underline", person.getCssValue("text-decoration-line"));

        WebElement toggle = browser.find("#legend-items input[data-type='PERSON']");
        toggle.click();
        assertFalse(toggle.isSelected());
        for (WebElement mention : browser.findAll("#article .ent[data-entity-type='PERSON']")) {
            assertEquals("none", mention.getCssValue("text-decoration-line"), "a hidden person is still underlined");
        }
        assertEquals("underline", organization.getCssValue("text-decoration-line"), "other types stay highlighted");

        toggle.click();
        assertTrue(toggle.isSelected());
        assertEquals("underline", person.getCssValue("text-decoration-line"));
    }

    @Test
    void claimsSidebarListsTheFigureAndQuoteSentencesWithSourceLinks() {
        browser.openReader(articlePath);
        List<WebElement> claims = browser.findAll("#claim-list .claim");
        assertFalse(claims.isEmpty(), "no claims listed");

        WebElement figure = claimContaining("$45 million");
        WebElement quote = claimContaining("We are rationing doses");
        for (WebElement claim : List.of(figure, quote)) {
            assertFalse(claim.findElements(By.cssSelector(".claim-type")).isEmpty(), "a claim shows its types");
            List<WebElement> sources = claim.findElements(By.cssSelector(".source-link"));
            assertFalse(sources.isEmpty(), "no source links for: " + claim.findElement(By.className("claim-text")).getText());
            for (WebElement source : sources) {
                assertTrue(source.getAttribute("href").matches("https?://.+"), source.getAttribute("href"));
                assertEquals("_blank", source.getAttribute("target"));
                assertTrue(source.getAttribute("rel").contains("noopener"));
            }
            assertFalse(claim.findElement(By.cssSelector(".source-kind")).getText().isBlank(), "a source shows its kind");
            assertTrue(claim.findElement(By.cssSelector(".claim-permalink")).getAttribute("href")
                    .endsWith(articlePath + "#claim-" + claim.getAttribute("data-claim")));
        }
        List<String> figureTypes = figure.findElements(By.cssSelector(".claim-type")).stream()
                .map(type -> type.getAttribute("data-claim-type")).toList();
        assertTrue(figureTypes.contains("statistic"), "the $45 million sentence is a statistic: " + figureTypes);
    }

    @Test
    void clickingAClaimMarksItsSentenceAndClickingASentenceFocusesItsClaim() {
        browser.openReader(articlePath);
        WebElement claim = claimContaining("$45 million");
        String id = claim.getAttribute("data-claim");
        claim.findElement(By.className("claim-text")).click();

        WebElement sentence = browser.find("#sentence-" + id);
        browser.wait.until(ExpectedConditions.attributeContains(sentence, "class", "is-current"));
        browser.wait.until(driver -> browser.isInViewport(sentence));
        assertTrue(browser.driver.getCurrentUrl().endsWith("#claim-" + id), "the address is the claim's permalink");

        WebElement otherClaim = claimContaining("We are rationing doses");
        String otherId = otherClaim.getAttribute("data-claim");
        browser.find("#sentence-" + otherId).click();
        browser.wait.until(ExpectedConditions.attributeToBe(otherClaim, "aria-current", "true"));
        assertFalse(sentence.getAttribute("class").contains("is-current"), "only one sentence is marked");
        assertEquals(1, browser.findAll("#claim-list .claim.is-current").size());
    }

    @Test
    void claimPermalinkOpensWithThatClaimFocused() {
        browser.openReader(articlePath);
        List<WebElement> claims = browser.findAll("#claim-list .claim");
        WebElement last = claims.get(claims.size() - 1);
        String id = last.getAttribute("data-claim");
        String permalink = last.findElement(By.className("claim-permalink")).getAttribute("href");

        browser.get("about:blank");
        browser.openReader(permalink.substring(server.baseUrl().length()));

        WebElement card = browser.find("#claim-card-" + id);
        assertEquals("true", card.getAttribute("aria-current"));
        assertEquals("claim-card-" + id, browser.activeElementId(), "the claim has the keyboard focus");
        WebElement sentence = browser.find("#sentence-" + id);
        assertTrue(sentence.getAttribute("class").contains("is-current"));
        browser.wait.until(driver -> browser.isInViewport(sentence));
    }

    @Test
    void entityParameterSelectsThatEntity() {
        browser.openReader(articlePath);
        String cluster = clusterOf("Mitchell");
        int mentions = browser.findAll("#article .ent[data-cluster='" + cluster + "']").size();

        browser.openReader(articlePath + "?entity=" + cluster);
        assertEquals("true", browser.find(".entity-item[data-cluster='" + cluster + "']").getAttribute("aria-pressed"));
        assertEquals(mentions, browser.findAll("#article .ent.is-selected").size());
        assertEquals(mentions, browser.findAll("#article .ent.is-selected[data-cluster='" + cluster + "']").size());
        assertTrue(browser.find("#entity-filter").isDisplayed());
        int marks = browser.findAll("#overview .overview-mention").size();
        assertTrue(marks >= 1 && marks <= mentions, "the overview marks the mentions (close ones share a mark): " + marks);

        browser.find("#entity-clear").click();
        assertTrue(browser.findAll("#article .ent.is-selected").isEmpty());
        assertFalse(browser.driver.getCurrentUrl().contains("entity="));

        WebElement other = browser.find(".entity-item:not([data-cluster='" + cluster + "'])");
        other.click();
        assertTrue(browser.driver.getCurrentUrl().contains("?entity=" + other.getAttribute("data-cluster")),
                "selecting an entity puts it in the address");
    }

    @Test
    void entityCardShowsTypeNameMentionsAndLinks() {
        browser.openReader(articlePath);
        WebElement mention = browser.findAll("#article .ent[data-entity-type='PERSON']").stream()
                .filter(element -> element.getText().contains("Mitchell")).findFirst().orElseThrow();
        new Actions(browser.driver).moveToElement(mention).perform();

        WebElement card = browser.find("#entity-card");
        browser.wait.until(ExpectedConditions.visibilityOf(card));
        assertEquals("PERSON", card.getAttribute("data-entity-type"));
        assertTrue(browser.find("#entity-card-name").getText().contains("Mitchell"));
        int mentions = browser.findAll("#article .ent[data-cluster='" + mention.getAttribute("data-cluster") + "']").size();
        assertTrue(browser.find("#entity-card-mentions").getText().startsWith(mentions + " mention"),
                browser.find("#entity-card-mentions").getText());
        for (WebElement link : card.findElements(By.cssSelector("#entity-card-links a"))) {
            assertEquals("_blank", link.getAttribute("target"));
            assertEquals("noopener noreferrer", link.getAttribute("rel"));
        }

        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        browser.wait.until(ExpectedConditions.invisibilityOf(card));
    }

    @Test
    void keysMoveBetweenClaimsAndQuestionMarkListsTheShortcuts() {
        browser.openReader(articlePath);
        List<String> ids = browser.findAll("#claim-list .claim").stream().map(claim -> claim.getAttribute("data-claim")).toList();
        assertTrue(ids.size() >= 2, "the article should have at least two claims: " + ids);

        Actions keys = new Actions(browser.driver);
        keys.sendKeys("j").perform();
        browser.wait.until(driver -> ("claim-card-" + ids.get(0)).equals(browser.activeElementId()));
        keys.sendKeys("j").perform();
        browser.wait.until(driver -> ("claim-card-" + ids.get(1)).equals(browser.activeElementId()));
        assertTrue(browser.find("#sentence-" + ids.get(1)).getAttribute("class").contains("is-current"));
        keys.sendKeys("k").perform();
        browser.wait.until(driver -> ("claim-card-" + ids.get(0)).equals(browser.activeElementId()));

        // From a claim to its sentence and back, as a screen-reader user would.
        keys.sendKeys(Keys.ENTER).perform();
        browser.wait.until(driver -> ("sentence-" + ids.get(0)).equals(browser.activeElementId()));
        keys.sendKeys(Keys.ENTER).perform();
        browser.wait.until(driver -> ("claim-card-" + ids.get(0)).equals(browser.activeElementId()));

        WebElement dialog = browser.find("#shortcuts-dialog");
        keys.sendKeys("?").perform();
        browser.wait.until(ExpectedConditions.visibilityOf(dialog));
        assertTrue(dialog.getText().contains("Next claim"));
        keys.sendKeys(Keys.ESCAPE).perform();
        browser.wait.until(ExpectedConditions.invisibilityOf(dialog));
    }

    @Test
    void overviewBarMarksEveryClaimAndJumpsToIt() {
        browser.openReader(articlePath);
        List<WebElement> claims = browser.findAll("#claim-list .claim");
        List<WebElement> marks = browser.findAll("#overview .overview-claim");
        assertEquals(claims.size(), marks.size());
        String id = claims.get(claims.size() - 1).getAttribute("data-claim");
        WebElement mark = browser.find("#overview .overview-claim[data-claim='" + id + "']");
        browser.script("arguments[0].click();", mark); // a few pixels tall: click it the way a pointer would land
        browser.wait.until(ExpectedConditions.attributeContains(By.id("sentence-" + id), "class", "is-current"));
        assertEquals("true", browser.find("#claim-card-" + id).getAttribute("aria-current"));
    }

    @Test
    void markupInTheTextIsShownAsTextAndNeverRuns() {
        String script = "<script>window.__crosscheckPwned = 1</script>";
        String image = "<img src=x onerror=\"window.__crosscheckPwned = 2\">";
        browser.pasteOnHomePage("Tags are text", "The council said 12 people signed the petition.\n\n"
                + "A reader wrote " + script + " in the comments, and another wrote " + image + " below it.\n\n"
                + "The mayor of Leeds, Sarah Collins, said the page was safe.");

        String text = browser.find("#article").getText();
        assertTrue(text.contains(script), text);
        assertTrue(text.contains(image), text);
        assertTrue(browser.findAll("#article script, #article img, #claim-list img, #claim-list script").isEmpty());
        assertEquals(Boolean.TRUE, browser.script("return typeof window.__crosscheckPwned === 'undefined';"), "article markup ran");

        browser.openHome();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-list .article-link")));
        assertEquals(Boolean.TRUE, browser.script("return typeof window.__crosscheckPwned === 'undefined';"));
    }

    @Test
    void articleInAnotherLanguageShowsTheNotice() {
        String path = api.createArticle("Die Stadt plant neue Radwege",
                "Die Stadtverwaltung hat am Montag angekündigt, dass in den kommenden zwei Jahren zwanzig Kilometer neue "
                        + "Radwege gebaut werden sollen. Die Kosten werden auf etwa vier Millionen Euro geschätzt.\n\n"
                        + "Viele Anwohner begrüßen den Plan, aber einige Geschäftsleute befürchten, dass Parkplätze wegfallen "
                        + "und weniger Kunden in die Innenstadt kommen. Die Entscheidung fällt im Gemeinderat im Frühjahr.");
        browser.openReader(path);
        WebElement notice = browser.find("#notice");
        assertTrue(notice.isDisplayed(), "no notice for a German article");
        assertFalse(notice.getText().isBlank());
        assertTrue(browser.find("#article").getText().contains("Radwege"), "the text is still shown");
    }

    @Test
    void narrowWindowPutsTheSidebarBelowTheText() {
        browser.driver.manage().window().setSize(new Dimension(480, 900));
        browser.openReader(articlePath);
        Number textBottom = (Number) browser.script("return document.getElementById('article').getBoundingClientRect().bottom;");
        Number sidebarTop = (Number) browser.script("return document.getElementById('sidebar').getBoundingClientRect().top;");
        assertTrue(sidebarTop.doubleValue() >= textBottom.doubleValue(), "sidebar " + sidebarTop + " text " + textBottom);
        assertEquals(Boolean.TRUE, browser.script(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"), "the page scrolls sideways");
    }

    @Test
    void notesShowTheMarkdownSubsetAsElementsAndEverythingElseAsText() {
        browser.openReader(articlePath);
        String claimId = claimContaining("$45 million").getAttribute("data-claim");
        api.addNote(ApiClient.articleId(articlePath), claimId, """
                Checked **twice** against *the ministry's* table `T-4`.

                - first: [the ministry's report](https://example.org/report?id=4)
                - second: a phone call
                Plain <b>tags</b> stay text.""");
        browser.openReader(articlePath);
        browser.waitForWorkflow();
        WebElement body = browser.find("#claim-card-" + claimId + " .note-body");

        List<WebElement> paragraphs = body.findElements(By.cssSelector(":scope > p"));
        assertEquals(2, paragraphs.size(), body.getAttribute("innerHTML"));
        assertEquals("twice", body.findElement(By.cssSelector("p strong")).getText());
        assertEquals("the ministry's", body.findElement(By.cssSelector("p em")).getText());
        assertEquals("T-4", body.findElement(By.cssSelector("p code")).getText());
        List<WebElement> items = body.findElements(By.cssSelector(":scope > ul > li"));
        assertEquals(List.of("first: the ministry's report", "second: a phone call"), items.stream().map(WebElement::getText).toList());
        WebElement link = items.get(0).findElement(By.tagName("a"));
        assertEquals("https://example.org/report?id=4", link.getAttribute("href"));
        assertTrue(link.getAttribute("rel").contains("noopener"), link.getAttribute("rel"));
        assertEquals("_blank", link.getAttribute("target"));
        assertEquals("Plain <b>tags</b> stay text.", paragraphs.get(1).getText());
        assertTrue(body.findElements(By.tagName("b")).isEmpty(), "a tag in a note is text");
    }

    @Test
    void copyLinkButtonsCopyTheArticleClaimAndEntityAddresses() {
        browser.driver.executeCdpCommand("Browser.grantPermissions", java.util.Map.of(
                "origin", server.baseUrl(), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.openReader(articlePath);

        browser.find("#copy-article-link").click();
        assertEquals(server.baseUrl() + articlePath, copied("Link to this article copied."));

        WebElement claim = claimContaining("$45 million");
        claim.findElement(By.className("copy-permalink")).click();
        assertEquals(server.baseUrl() + articlePath + "#claim-" + claim.getAttribute("data-claim"), copied("Link to this claim copied."));

        String cluster = clusterOf("Mitchell");
        browser.find(".entity-item[data-cluster='" + cluster + "']").click();
        browser.find("#entity-copy").click();
        assertEquals(server.baseUrl() + articlePath + "?entity=" + cluster, copied("Link to this entity copied."));
    }

    /** Waits for the page to say it copied, then reads the clipboard. */
    private String copied(String message) {
        browser.wait.until(ExpectedConditions.textToBe(By.id("live"), message));
        return (String) browser.driver.executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, (error) => done('failed: ' + error));");
    }

    private WebElement claimContaining(String text) {
        List<WebElement> matches = browser.findAll("#claim-list .claim").stream()
                .filter(claim -> claim.findElement(By.className("claim-text")).getText().contains(text))
                .toList();
        assertEquals(1, matches.size(), () -> "claims containing \"" + text + "\": " + browser.findAll("#claim-list .claim-text")
                .stream().map(WebElement::getText).collect(Collectors.joining(" | ")));
        return matches.get(0);
    }

    private String clusterOf(String mentionText) {
        Set<String> clusters = browser.findAll("#article .ent").stream()
                .filter(mention -> mention.getText().contains(mentionText))
                .map(mention -> mention.getAttribute("data-cluster"))
                .collect(Collectors.toSet());
        assertEquals(1, clusters.size(), "mentions of " + mentionText + " should form one cluster: " + clusters);
        String cluster = clusters.iterator().next();
        assertNotEquals("", cluster);
        return cluster;
    }
}
