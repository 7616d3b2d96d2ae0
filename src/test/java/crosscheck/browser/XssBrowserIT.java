package crosscheck.browser;

import crosscheck.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-site scripting payloads placed in titles, article text, file names, URLs and query parameters, each rendered in
 * Chromium: no payload may run (each would set window.__xss or open a dialog, which fails the driver), none may
 * become an element, and each must show as text.
 */
@Tag("browser")
class XssBrowserIT {
    static final String FLAG = "window.__xss=1";
    static final List<String> PAYLOADS = payloads();

    TestServer server;
    Browser browser;

    @BeforeEach
    void open() {
        server = TestServer.startWith(config -> config.withAnalysesPerMinute(10_000));
        browser = Browser.open(server.baseUrl());
    }

    @AfterEach
    void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }

    /** About 110 payloads: script tags, event handlers, URL schemes, markup breakouts, template and CSS tricks. */
    static List<String> payloads() {
        String[] vectors = {
                "<script>" + FLAG + "</script>",
                "<img src=x onerror=\"" + FLAG + "\">",
                "<svg onload=" + FLAG + ">",
                "<svg><script>" + FLAG + "</script></svg>",
                "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
                "<body onload=" + FLAG + ">",
                "<details open ontoggle=" + FLAG + ">",
                "<a href=\"javascript:" + FLAG + "\">click</a>",
                "<math><mtext><table><mglyph><style><img src=x onerror=" + FLAG + ">",
                "<input autofocus onfocus=" + FLAG + ">",
                "<video><source onerror=\"" + FLAG + "\"></video>",
                "<object data=\"javascript:" + FLAG + "\"></object>",
                "<embed src=\"data:text/html,<script>parent.__xss=1</script>\">",
                "<style>@import 'javascript:" + FLAG + "';</style>",
                "<div style=\"background:url(javascript:" + FLAG + ")\">x</div>",
                "<marquee onstart=" + FLAG + ">",
                "<form><button formaction=javascript:" + FLAG + ">go</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + FLAG + "\">",
                "<base href=\"javascript:" + FLAG + "//\">",
                "<template><img src=x onerror=" + FLAG + "></template>",
                "{{constructor.constructor('" + FLAG + "')()}}",
                "${" + FLAG + "}",
        };
        String[] wrappers = {"%s", "\"><%s", "'><%s", "</p></article>%s", "<!--%s-->"};
        List<String> payloads = new ArrayList<>();
        for (String wrapper : wrappers) {
            for (String vector : vectors) {
                String payload = String.format(wrapper, vector);
                payloads.add(payload.replace("<<", "<"));
            }
        }
        return payloads;
    }

    private void assertNothingRan(String where) {
        assertEquals(null, browser.script("return window.__xss;"), where + ": a payload ran");
        Object injected = browser.script("""
                const scope = document.querySelectorAll('#article *, #claim-list *, #entity-list *, #article-list *, #form-error *, #load-error *');
                const bad = [];
                for (const el of scope) {
                  if (['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'BASE', 'META', 'VIDEO', 'FORM', 'INPUT',
                       'DETAILS', 'MARQUEE', 'TEMPLATE', 'BODY', 'MATH'].includes(el.tagName.toUpperCase())) bad.push(el.tagName);
                  for (const attr of el.attributes) if (/^on/i.test(attr.name)) bad.push(el.tagName + '@' + attr.name);
                }
                return bad;""");
        assertEquals(List.of(), injected, where + ": a payload became markup");
    }

    @Test
    void payloadsInTitlesAndTextAreShownAsText() {
        assertTrue(PAYLOADS.size() >= 100, "at least 100 payloads: " + PAYLOADS.size());
        int perArticle = 10;
        List<String> readers = new ArrayList<>();
        for (int start = 0; start < PAYLOADS.size(); start += perArticle) {
            List<String> batch = PAYLOADS.subList(start, Math.min(PAYLOADS.size(), start + perArticle));
            StringBuilder text = new StringBuilder();
            for (String payload : batch) {
                text.append("Senator Jane Roe said ").append(payload).append(" would cost $5 billion by 2030.\n\n");
            }
            String path = Browser.createArticle(server.baseUrl(), batch.get(0), text.toString());
            readers.add(path);
            browser.openReader(path);
            assertNothingRan("article " + path);
            String shown = browser.find("#article").getText();
            for (String payload : batch) {
                String visible = payload.replaceAll("\\s+", " ").strip();
                assertTrue(shown.replaceAll("\\s+", " ").contains(visible), "shown as text: " + visible);
            }
            browser.assertNoCspViolations();
        }
        browser.get("/");
        browser.wait.until(d -> !browser.findAll("#article-list .article-link").isEmpty());
        assertNothingRan("home list");
    }

    @Test
    void payloadsInFileNamesAreShownAsText() {
        for (int i = 0; i < 22; i++) {
            String name = PAYLOADS.get(i).replace("/", "_") + ".txt";
            // a different text for each file: the same text would be the same article, stored under its first file name
            java.net.http.HttpResponse<String> created = uploadFile(name, "The council budget rose " + i + "% in 2025, officials said.");
            assertEquals(201, created.statusCode(), created.body());
            String url = crosscheck.json.Json.read(created.body(), com.fasterxml.jackson.databind.JsonNode.class).get("url").asText();
            browser.openReader(url);
            assertNothingRan("file name " + name);
            String shown = browser.find("#article-source").getText();
            // a double quote cannot stand in a multipart file name, so it travels as %22
            assertTrue(shown.contains(name.strip()) || shown.contains(name.replace("\"", "%22").strip()), "file name shown as text: [" + shown + "] for [" + name + "]");
        }
    }

    private java.net.http.HttpResponse<String> uploadFile(String name, String text) {
        String boundary = "----xss-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name.replace("\"", "%22")
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/api/articles"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void payloadsInQueryParametersAndFragmentsDoNothing() {
        String path = Browser.createArticle(server.baseUrl(), "Budget", "Senator Jane Roe said the budget rose 4% in 2025.");
        for (String payload : PAYLOADS.subList(0, 22)) {
            String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            browser.openReader(path + "?entity=" + encoded + "#claim-" + encoded);
            assertNothingRan("query " + payload);
        }
        browser.get("/a/" + URLEncoder.encode("<script>" + FLAG + "</script>", StandardCharsets.UTF_8));
        browser.wait.until(d -> "error".equals(browser.find("#reader").getAttribute("data-state"))
                || !browser.find("#load-error").getAttribute("class").isEmpty());
        assertNothingRan("article id");
    }

    @Test
    void payloadsAsAddressesShowTheRefusalAsText() {
        for (String url : List.of("javascript:" + FLAG, "data:text/html,<script>" + FLAG + "</script>",
                "https://<img src=x onerror=" + FLAG + ">/", "http://127.0.0.1/<script>" + FLAG + "</script>",
                "vbscript:msgbox(1)")) {
            browser.get("/");
            browser.find("#article-url").sendKeys(url);
            browser.find("#submit-article").click();
            browser.wait.until(d -> !d.findElement(By.id("form-error")).getText().isEmpty());
            assertNothingRan("address " + url);
        }
    }
}
