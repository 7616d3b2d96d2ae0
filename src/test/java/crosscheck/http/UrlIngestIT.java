package crosscheck.http;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.LocalPages;
import crosscheck.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** URL ingest through the API, against pages served on loopback. */
class UrlIngestIT {
    static LocalPages pages;
    static TestServer intranet;
    static TestServer publicOnly;

    @BeforeAll
    static void start() {
        pages = LocalPages.start();
        intranet = TestServer.startAllowingPrivateUrls();
        publicOnly = TestServer.start();
    }

    @AfterAll
    static void stop() {
        intranet.close();
        publicOnly.close();
        pages.close();
    }

    private static JsonNode ingest(String url) {
        Http http = Http.asAdmin(intranet);
        HttpResponse<String> created = http.postJson("/api/articles", Map.of("url", url));
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(http.get("/api/articles/" + Http.json(created).get("id").asText()));
    }

    @Test
    void aNewsPageIsReadWithoutItsBoilerplateAndKeepsItsLinks() {
        JsonNode article = ingest(pages.url("/r1"));
        assertEquals("Senate passes $61 billion aid bill", article.get("title").asText());
        assertEquals(pages.url("/news"), article.get("origin").asText());
        assertEquals("Jane Roe", article.get("byline").asText());
        assertEquals("The Example Times", article.get("outlet").asText());
        assertTrue(article.get("published").asText().startsWith("2026-11-24"), article.get("published").asText());
        assertEquals("https://news.example/politics/aid-bill", article.get("canonicalUrl").asText());
        String text = article.get("analysis").get("text").asText();
        assertTrue(text.contains("79 votes to 18"), text);
        for (String boilerplate : new String[]{"cookies", "Related stories", "Privacy policy", "Politics"}) {
            assertFalse(text.contains(boilerplate), boilerplate + " in " + text);
        }
        boolean cited = false;
        for (JsonNode claim : article.get("analysis").get("claims")) {
            for (JsonNode source : claim.get("sources")) {
                cited |= "cited".equals(source.get("kind").asText())
                        && source.get("url").asText().startsWith("https://www.congress.gov/bill/");
            }
        }
        assertTrue(cited, "the article's own link is a cited source");
    }

    @Test
    void windows1252PagesAreDecodedFromTheHeaderOrTheMetaTag() {
        assertTrue(ingest(pages.url("/cp1252")).get("analysis").get("text").asText()
                .contains("The café raised prices by 5% – “unavoidable”"));
        assertTrue(ingest(pages.url("/cp1252-meta")).get("analysis").get("text").asText().contains("A naïve €3.2 million budget"));
    }

    @Test
    void aPdfAndPlainTextAreRead() {
        JsonNode pdf = ingest(pages.url("/report.pdf"));
        String text = pdf.get("analysis").get("text").asText();
        assertTrue(text.contains("a commitment worth about 15 billion pounds"), text);
        assertFalse(text.contains("The Defence Review 2026"), "running header dropped: " + text);
        assertEquals("Budget notes", ingest(pages.url("/notes.txt")).get("title").asText());
    }

    @Test
    void aPdfCanBeUploaded() {
        Http http = Http.asAdmin(intranet);
        HttpResponse<String> created = http.postFile("/api/articles", "review.pdf", "application/pdf", LocalPages.pdf(), null);
        assertEquals(201, created.statusCode(), created.body());
    }

    @Test
    void loopbackIsRefusedByDefaultAndTheServerStaysUp() {
        Http http = Http.asAdmin(publicOnly);
        HttpResponse<String> refused = http.postJson("/api/articles", Map.of("url", pages.url("/news")));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(Http.json(refused).get("message").asText().contains("loopback"), refused.body());
        HttpResponse<String> scheme = http.postJson("/api/articles", Map.of("url", "file:///etc/passwd"));
        assertEquals(403, scheme.statusCode());
        assertEquals(200, http.get("/api/articles").statusCode());
    }

    @Test
    void hostilePagesAreRefusedWithTheirReason() {
        Http http = Http.asAdmin(intranet);
        assertEquals(413, http.postJson("/api/articles", Map.of("url", pages.url("/bomb"))).statusCode());
        assertEquals(415, http.postJson("/api/articles", Map.of("url", pages.url("/image.png"))).statusCode());
        HttpResponse<String> loop = http.postJson("/api/articles", Map.of("url", pages.url("/loop")));
        assertEquals(422, loop.statusCode());
        assertTrue(Http.json(loop).get("message").asText().contains("redirects more than 5 times"));
        assertEquals(200, http.get("/api/articles").statusCode());
    }
}
