package crosscheck.http;

import crosscheck.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fuzz run of the analysis and ingest paths: random bytes, truncated and deeply nested HTML, huge attributes,
 * invalid UTF-8, 10 MB of text, a gzip bomb. Every answer is a 2xx or a 4xx with a message, never a 5xx, never a
 * hung request (the client gives up after 60 s), and the articles stored before stay readable.
 */
class HostileInputIT {
    static final long SEED = 20261124L;
    static TestServer server;
    static Http http;
    static String keptId;

    @BeforeAll
    static void start() {
        server = TestServer.startWith(config -> config.withAnalysesPerMinute(10_000));
        http = Http.asAdmin(server);
        HttpResponse<String> kept = http.postJson("/api/articles", Map.of("title", "Kept", "text",
                "The Senate approved $61 billion on Tuesday, Senator Jane Roe said."));
        keptId = Http.json(kept).get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertHandled(String what, HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(status < 500, what + " gave " + status + ": " + response.body());
        if (status >= 400 && response.body().startsWith("<")) {
            // the HTTP layer itself refuses some requests (ambiguous paths): an HTML page that says why
            assertTrue(response.body().contains("Bad Request") || response.body().contains("Not Found"), what + ": " + response.body());
        } else if (status >= 400) {
            String message = Http.json(response).get("message").asText();
            assertTrue(message.length() > 10, what + ": a message a person can act on: " + message);
            assertTrue(!response.body().contains("at crosscheck.") && !response.body().contains("Exception"), what + ": no stack trace");
        }
    }

    private static List<byte[]> randomPayloads(Random random, int count) {
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[1 + random.nextInt(i % 5 == 0 ? 200_000 : 2_000)];
            random.nextBytes(bytes);
            payloads.add(bytes);
        }
        return payloads;
    }

    @Test
    void randomBytesInEveryKindOfSubmission() {
        Random random = new Random(SEED);
        String[] names = {"a.txt", "a.md", "a.html", "a.htm", "a.pdf", "a.txt.gz", "a.html.gz", "a.exe", "noext", "../../etc/passwd"};
        String[] types = {"application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/html"};
        int n = 0;
        for (byte[] payload : randomPayloads(random, 40)) {
            assertHandled("file #" + n, http.postFile("/api/articles", names[n % names.length], "application/octet-stream", payload, null));
            assertHandled("body #" + n, http.postRaw("/api/articles", types[n % types.length], payload));
            n++;
        }
    }

    @Test
    void truncatedDeeplyNestedAndHugeAttributeHtml() {
        String page = "<html><head><title>Aid</title></head><body><article><p>The Senate approved $61 billion "
                + "on Tuesday.</p><p>\"It matters,\" Senator Jane Roe said.</p></article></body></html>";
        for (int cut = 10; cut < page.length(); cut += 23) {
            assertHandled("truncated at " + cut, http.postFile("/api/articles", "t" + cut + ".html", "text/html",
                    page.substring(0, cut).getBytes(StandardCharsets.UTF_8), null));
        }
        String deep = "<div>".repeat(100_000) + "<p>Deep inside, the budget rose 4%.</p>" + "</div>".repeat(100_000);
        long start = System.nanoTime();
        HttpResponse<String> nested = http.postFile("/api/articles", "deep.html", "text/html", deep.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(201, nested.statusCode(), nested.body());
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "100,000 nested elements within 30 s");
        String attribute = "<p data-x=\"" + "x".repeat(5_000_000) + "\">The budget rose 4% in 2025.</p>";
        assertHandled("5 MB attribute", http.postFile("/api/articles", "attr.html", "text/html", attribute.getBytes(StandardCharsets.UTF_8), null));
        String unclosed = "<p>" + "<b><i><u>".repeat(20_000) + "open tags everywhere";
        assertHandled("unclosed tags", http.postFile("/api/articles", "open.html", "text/html", unclosed.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void invalidUtf8() {
        byte[] invalid = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'a', '"', '}'};
        assertHandled("invalid UTF-8 JSON", http.postRaw("/api/articles", "application/json", invalid));
        byte[] text = "Caf\u00e9 prices rose 5% on Monday, the owner said.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        HttpResponse<String> file = http.postFile("/api/articles", "latin.txt", "text/plain", text, null);
        assertEquals(201, file.statusCode(), "text that is not UTF-8 is read as Windows-1252");
        byte[] lone = "He said \"ok\" \ud800 then left.".getBytes(StandardCharsets.UTF_8);
        assertHandled("lone surrogate", http.postFile("/api/articles", "lone.txt", "text/plain", lone, null));
    }

    @Test
    void tenMegabytesOfTextAndAGzipBomb() throws IOException {
        byte[] tenMb = "budget ".repeat(10 * 1024 * 1024 / 7).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> big = http.postFile("/api/articles", "big.txt", "text/plain", tenMb, null);
        assertEquals(413, big.statusCode(), big.body());
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 100; i++) {
                gzip.write(zeros);
            }
        }
        HttpResponse<String> exploded = http.postFile("/api/articles", "bomb.txt.gz", "application/gzip", bomb.toByteArray(), null);
        assertEquals(413, exploded.statusCode(), exploded.body());
    }

    @Test
    void hostileTitlesFileNamesAndPaths() {
        String[] nasty = {"<script>alert(1)</script>", "\u0000\u0001\u0002", "\u202e\u202dreversed", "a".repeat(301),
                "'; DROP TABLE article; --", "${jndi:ldap://127.0.0.1/x}", "%00%0d%0aSet-Cookie: x=1", "\ud83d\ude00 emoji title"};
        for (String title : nasty) {
            assertHandled("title " + title.length(), http.postJson("/api/articles", Map.of("title", title, "text",
                    "The deficit reached 6% of GDP in 2024, officials said.")));
            assertHandled("file name", http.postFile("/api/articles", title + ".txt", "text/plain",
                    "Budget\n\nThe deficit rose 3% in 2023.".getBytes(StandardCharsets.UTF_8), null));
        }
        for (String path : new String[]{"/api/articles/%00", "/api/articles/..%2f..%2fetc%2fpasswd", "/a/%3Cscript%3E",
                "/api/articles/" + "9".repeat(5000), "/js/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/articles?x=%3Cscript%3E"}) {
            assertHandled(path, http.get(path));
        }
    }

    @Test
    void earlierArticlesStayReadable() {
        randomBytesInEveryKindOfSubmission();
        HttpResponse<String> kept = http.get("/api/articles/" + keptId);
        assertEquals(200, kept.statusCode());
        assertEquals("Kept", Http.json(kept).get("title").asText());
    }
}
