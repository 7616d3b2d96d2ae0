package crosscheck.http;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every API route and error status, over HTTP against the real app on port 0. */
class ArticleApiIT {
    static final String ARTICLE = """
            Pentagon says $2.3 billion package will reach Kyiv by March

            The Pentagon announced on Thursday that a $2.3 billion weapons package for Ukraine would arrive by March 2027. \
            Defense Secretary Lloyd Austin told reporters the shipment included 40 air-defence interceptors.

            "We are moving as fast as the factories allow," Austin said at a briefing in Washington.

            Senator Maria Delgado, a Democrat from New Mexico, said inflation had eased to 3.1% last year. \
            She called the package "overdue".
            """;

    static TestServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = Http.asAdmin(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode submit(String title, String text) {
        HttpResponse<String> created = http.postJson("/api/articles", Map.of("title", title, "text", text));
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created);
    }

    @Test
    void postingTextStoresItAndTheSameTextGetsTheSameId() {
        JsonNode first = submit("", ARTICLE);
        JsonNode second = submit("", ARTICLE);
        assertEquals(first.get("id").asText(), second.get("id").asText());
        assertEquals("/a/" + first.get("id").asText(), first.get("url").asText());
    }

    @Test
    void theArticleComesBackWithItsAnalysisAndConsistentOffsets() {
        String id = submit("", ARTICLE).get("id").asText();
        HttpResponse<String> response = http.get("/api/articles/" + id);
        assertEquals(200, response.statusCode());
        JsonNode article = Http.json(response);
        assertEquals("Pentagon says $2.3 billion package will reach Kyiv by March", article.get("title").asText());
        assertEquals("eng", article.get("language").asText());
        JsonNode analysis = article.get("analysis");
        String text = analysis.get("text").asText();
        int bodyStart = analysis.get("bodyStart").asInt();
        assertTrue(text.substring(bodyStart).startsWith("The Pentagon announced"), text);

        Set<String> types = new HashSet<>();
        for (JsonNode entity : analysis.get("entities")) {
            assertEquals(entity.get("text").asText(), text.substring(entity.get("start").asInt(), entity.get("end").asInt()));
            types.add(entity.get("type").asText());
        }
        assertTrue(types.containsAll(Set.of("PERSON", "ORGANIZATION", "LOCATION", "MONEY", "PERCENT", "DATE")), types.toString());

        for (JsonNode sentence : analysis.get("sentences")) {
            double score = sentence.get("checkworthiness").asDouble();
            assertTrue(score >= 0 && score <= 1, "score " + score);
        }
        JsonNode claims = analysis.get("claims");
        assertTrue(claims.size() >= 3, claims.toString());
        double previous = 1.0;
        for (JsonNode claim : claims) {
            assertEquals(claim.get("text").asText(), text.substring(claim.get("start").asInt(), claim.get("end").asInt()));
            assertTrue(claim.get("score").asDouble() <= previous, "claims are ranked best first");
            previous = claim.get("score").asDouble();
            assertFalse(claim.get("types").isEmpty());
            assertFalse(claim.get("reasons").isEmpty());
            for (JsonNode source : claim.get("sources")) {
                assertTrue(source.get("url").asText().startsWith("https://"), source.toString());
            }
        }
        boolean quoteWithSpeaker = false;
        for (JsonNode quote : analysis.get("quotes")) {
            if ("direct".equals(quote.get("kind").asText()) && "Lloyd Austin".equals(quote.path("speaker").asText())) {
                quoteWithSpeaker = true;
            }
        }
        assertTrue(quoteWithSpeaker, analysis.get("quotes").toString());
    }

    @Test
    void theListShowsStoredArticlesNewestFirst() {
        String id = submit("Listed", "A short note about the budget, which rose by 4% in 2025.").get("id").asText();
        JsonNode list = Http.json(http.get("/api/articles"));
        boolean found = false;
        for (JsonNode article : list.get("articles")) {
            if (article.get("id").asText().equals(id)) {
                found = true;
                assertEquals("Listed", article.get("title").asText());
                assertEquals("/a/" + id, article.get("url").asText());
                assertNotNull(article.get("createdAt"));
            }
        }
        assertTrue(found, list.toString());
    }

    @Test
    void aTextFileAndAnHtmlFileCanBeUploaded() {
        HttpResponse<String> text = http.postFile("/api/articles", "note.txt", "text/plain",
                "Budget note\n\nThe deficit reached $1.8 trillion in 2024, the Treasury said.".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(201, text.statusCode(), text.body());
        JsonNode stored = Http.json(http.get("/api/articles/" + Http.json(text).get("id").asText()));
        assertEquals("Budget note", stored.get("title").asText());

        String html = "<html><head><title>Aid vote</title></head><body><nav>Home | World</nav><article><h1>Aid vote</h1>"
                + "<p>The House approved <a href=\"https://example.org/bill\">the bill</a> by 311 votes to 112.</p></article>"
                + "<footer>Cookie settings</footer></body></html>";
        HttpResponse<String> page = http.postFile("/api/articles", "story.html", "text/html", html.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(201, page.statusCode(), page.body());
        JsonNode analysis = Http.json(http.get("/api/articles/" + Http.json(page).get("id").asText())).get("analysis");
        assertFalse(analysis.get("text").asText().contains("Cookie settings"), analysis.get("text").asText());
        assertFalse(analysis.get("text").asText().contains("<a"), "markup never reaches the analysis");
        boolean cited = false;
        for (JsonNode claim : analysis.get("claims")) {
            for (JsonNode source : claim.get("sources")) {
                cited |= "cited".equals(source.get("kind").asText()) && "https://example.org/bill".equals(source.get("url").asText());
            }
        }
        assertTrue(cited, analysis.get("claims").toString());
    }

    @Test
    void emptyOrWhitespaceTextIsUnprocessable() {
        for (String text : new String[]{"", "   \n\t  "}) {
            HttpResponse<String> response = http.postJson("/api/articles", Map.of("text", text));
            assertEquals(422, response.statusCode());
            JsonNode error = Http.json(response);
            assertEquals("unusable", error.get("error").asText());
            assertTrue(error.get("message").asText().contains("empty"), error.toString());
        }
    }

    @Test
    void aTwentyMegabytePasteIsTooLargeAndTheServerStaysUp() {
        byte[] huge = ("{\"text\":\"" + "war funding ".repeat(20 * 1024 * 1024 / 12) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.postRaw("/api/articles", "application/json", huge);
        assertEquals(413, response.statusCode());
        assertEquals("too_large", Http.json(response).get("error").asText());
        assertEquals(200, http.get("/api/articles").statusCode());
    }

    @Test
    void aTextOverTheCharacterLimitIsTooLarge() {
        HttpResponse<String> response = http.postJson("/api/articles", Map.of("text", "x".repeat(1_000_001)));
        assertEquals(413, response.statusCode());
        assertTrue(Http.json(response).get("message").asText().contains("1000001"));
    }

    @Test
    void aBinaryUploadIsUnsupported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        HttpResponse<String> wrongKind = http.postFile("/api/articles", "photo.png", "image/png", png, null);
        assertEquals(415, wrongKind.statusCode());
        HttpResponse<String> disguised = http.postFile("/api/articles", "notes.txt", "text/plain", png, null);
        assertEquals(415, disguised.statusCode());
        assertTrue(Http.json(disguised).get("message").asText().contains("binary"));
    }

    @Test
    void anUnknownContentTypeIsUnsupported() {
        HttpResponse<String> response = http.postRaw("/api/articles", "application/octet-stream", new byte[]{1, 2, 3});
        assertEquals(415, response.statusCode());
    }

    @Test
    void malformedJsonIsABadRequest() {
        HttpResponse<String> response = http.postRaw("/api/articles", "application/json",
                "{\"text\": ".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        assertEquals("malformed", Http.json(response).get("error").asText());
        assertFalse(response.body().contains("at com."), "no stack trace");
    }

    @Test
    void anUnknownArticleIsNotFound() {
        assertEquals(404, http.get("/api/articles/0123456789abcdef").statusCode());
        assertEquals(404, http.get("/api/articles/..%2F..%2Fetc").statusCode());
        HttpResponse<String> missing = http.get("/api/nothing-here");
        assertEquals(404, missing.statusCode());
        assertEquals("not_found", Http.json(missing).get("error").asText());
    }

    @Test
    void scriptInTheTextIsStoredAsTextAndPagesCarryAStrictPolicy() {
        String hostile = "<script>window.pwned=1</script> The minister said <img src=x onerror=alert(1)> spending rose by 12%.";
        String id = submit("<b onmouseover=alert(1)>Hostile</b>", hostile).get("id").asText();
        JsonNode article = Http.json(http.get("/api/articles/" + id));
        assertTrue(article.get("analysis").get("text").asText().contains("<script>window.pwned=1</script>"));
        HttpResponse<String> page = http.get("/a/" + id);
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("default-src 'none'"), policy);
        assertFalse(page.body().contains("pwned"), "the page is the same shell for every article; text arrives as JSON");
    }

    @Test
    void anArticleInAnotherLanguageIsStoredWithANotice() {
        String german = "Der Bundestag hat am Donnerstag ein neues Hilfspaket für die Ukraine beschlossen. "
                + "Die Regierung will die Verteidigungsausgaben in den kommenden Jahren deutlich erhöhen, "
                + "sagte der Minister in Berlin vor Journalisten.";
        String id = submit("Hilfspaket", german).get("id").asText();
        JsonNode article = Http.json(http.get("/api/articles/" + id));
        assertEquals("deu", article.get("language").asText());
        assertTrue(article.get("notice").asText().contains("English-only"), article.get("notice").asText());
        assertEquals(0, article.get("analysis").get("claims").size());
    }

    @Test
    void theSampleArticleCanBeStored() {
        HttpResponse<String> response = http.postRaw("/api/sample", "application/json", new byte[0]);
        assertEquals(201, response.statusCode(), response.body());
        JsonNode article = Http.json(http.get(Http.json(response).get("url").asText().replace("/a/", "/api/articles/")));
        assertTrue(article.get("analysis").get("claims").size() >= 5);
    }

    @Test
    void thePlainFormRedirectsToTheReader() {
        HttpResponse<String> response = http.postRaw("/articles", "application/x-www-form-urlencoded",
                "title=Form&text=The+Senate+voted+79+to+18+on+Tuesday.".getBytes(StandardCharsets.UTF_8));
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").matches("/a/[0-9a-f]{16}"));
    }

    @Test
    void pagesAndAssetsAreServedWithSecurityHeaders() {
        for (String path : new String[]{"/", "/a/0123456789abcdef", "/js/api.js", "/css/app.css"}) {
            HttpResponse<String> response = http.get(path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void aPageErrorIsAnHtmlPageWithTheMessage() {
        HttpResponse<String> response = http.getHtml("/no-such-page");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("There is nothing at /no-such-page."), response.body());
    }
}
