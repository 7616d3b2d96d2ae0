package crosscheck.browser;

import crosscheck.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-site scripting payloads placed in titles, article text, file names, URLs, query parameters, claim notes and
 * assignees, each rendered in Chromium: no payload may run (each would set window.__xss or open a dialog, which fails
 * the driver), none may become an element, and each must show as text.
 */
@Tag("browser")
class XssBrowserIT {
    static final String FLAG = "window.__xss=1";
    static final List<String> PAYLOADS = payloads();
    /** Payloads aimed at the notes' Markdown: links to scripts and data, markup inside emphasis, code and link text. */
    static final List<String> MARKDOWN_PAYLOADS = List.of(
            "[click me](javascript:" + FLAG + ")",
            "[click me](JaVaScRiPt:" + FLAG + ")",
            "[open](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
            "[elsewhere](//evil.example/steal)",
            "[vb](vbscript:msgbox(1))",
            "[entity](javascript&#58;" + FLAG + ")",
            "**<img src=x onerror=" + FLAG + ">**",
            "*<svg onload=" + FLAG + ">*",
            "`<script>" + FLAG + "</script>`",
            "[<img src=x onerror=" + FLAG + ">](https://example.org/)",
            "- <iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
            "[quote](https://example.org/\"onmouseover=\"" + FLAG + ")",
            "<a href=\"https://example.org\" onclick=\"" + FLAG + "\">**bold**</a>",
            "&lt;script&gt;" + FLAG + "&lt;/script&gt;");
    /** What a rendered note may contain: the Markdown subset's elements, nothing else. */
    static final List<String> NOTE_ELEMENTS = List.of("P", "BR", "STRONG", "EM", "CODE", "UL", "LI", "A");

    TestServer server;
    ApiClient api;
    Browser browser;

    @BeforeEach
    void open() {
        server = TestServer.startWith(config -> config.withAnalysesPerMinute(10_000));
        api = ApiClient.as(server, "editor");
        browser = Browser.open(server.baseUrl());
        browser.signIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
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
                // the claim cards' own workflow forms are ours; what people wrote in them is checked
                const scope = document.querySelectorAll('#article *, #claim-list .claim > :not(.claim-workflow) *, '
                    + '#claim-list .note-body *, #claim-list .history-list *, #claim-list .claim-assignee *, #entity-list *, '
                    + '#article-list *, #form-error *, #load-error *');
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
            String path = api.createArticle(batch.get(0), text.toString());
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
        browser.openHome();
        browser.wait.until(d -> !browser.findAll("#article-list .article-link").isEmpty());
        assertNothingRan("home list");
    }

    @Test
    void payloadsInFileNamesAreShownAsText() {
        for (int i = 0; i < 22; i++) {
            String name = PAYLOADS.get(i).replace("/", "_") + ".txt";
            // a different text for each file: the same text would be the same article, stored under its first file name
            HttpResponse<String> created = api.upload(name, "The council budget rose " + i + "% in 2025, officials said.");
            assertEquals(201, created.statusCode(), created.body());
            String url = ApiClient.json(created).get("url").asText();
            browser.openReader(url);
            assertNothingRan("file name " + name);
            String shown = browser.find("#article-source").getText();
            // a double quote cannot stand in a multipart file name, so it travels as %22
            assertTrue(shown.contains(name.strip()) || shown.contains(name.replace("\"", "%22").strip()), "file name shown as text: [" + shown + "] for [" + name + "]");
        }
    }

    @Test
    void payloadsInQueryParametersAndFragmentsDoNothing() {
        String path = api.createArticle("Budget", "Senator Jane Roe said the budget rose 4% in 2025.");
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
            browser.openHome();
            browser.find("#article-url").sendKeys(url);
            browser.find("#submit-article").click();
            browser.wait.until(d -> !d.findElement(By.id("form-error")).getText().isEmpty());
            assertNothingRan("address " + url);
        }
    }

    @Test
    void payloadsInNotesAndAssigneesAreShownAsText() {
        String path = api.createArticle("Council budget", "The council budget rose 12% in 2025, officials said on Monday.");
        String articleId = ApiClient.articleId(path);
        String claimId = ApiClient.json(api.get("/api/articles/" + articleId)).at("/analysis/claims/0/id").asText();
        List<String> notes = new ArrayList<>(PAYLOADS.subList(0, 22));
        notes.addAll(MARKDOWN_PAYLOADS);
        for (String note : notes) {
            api.addNote(articleId, claimId, note);
        }
        String assignee = "<img src=x onerror=" + FLAG + ">";
        int version = api.claimState(articleId, claimId).path("version").asInt();
        assertEquals(200, api.put(ApiClient.claimPath(articleId, claimId), Map.of("version", version, "assignee", assignee)).statusCode());

        browser.openReader(path);
        browser.waitForWorkflow();
        String card = "#claim-card-" + claimId;
        browser.wait.until(d -> browser.findAll(card + " .note").size() == notes.size());
        assertNothingRan("notes");
        assertEquals(assignee, browser.find(card + " .claim-assignee-input").getAttribute("value"), "the assignee is a value, not markup");

        Object foreign = browser.script("""
                const bad = [];
                for (const node of document.querySelectorAll(arguments[0] + ' .note-body *')) {
                  if (!arguments[1].includes(node.tagName)) bad.push(node.tagName);
                  for (const attr of node.attributes) {
                    if (node.tagName !== 'A' || !['href', 'rel', 'target'].includes(attr.name)) bad.push(node.tagName + '@' + attr.name);
                  }
                  if (node.tagName === 'A' && !/^https?:\\/\\//.test(node.getAttribute('href'))) bad.push('href ' + node.getAttribute('href'));
                  if (node.tagName === 'A' && !node.rel.includes('noopener')) bad.push('rel ' + node.rel);
                }
                return bad;""", card, NOTE_ELEMENTS);
        assertEquals(List.of(), foreign, "a note became more than the Markdown subset");

        List<String> shown = browser.findAll(card + " .note-body").stream()
                .map(body -> body.getText().replaceAll("\\s+", " ").strip()).toList();
        for (String payload : PAYLOADS.subList(0, 22)) {
            assertTrue(shown.contains(payload.replaceAll("\\s+", " ").strip()), "shown as text: " + payload + " in " + shown);
        }
        for (String link : List.of("[click me](javascript:" + FLAG + ")", "[elsewhere](//evil.example/steal)",
                "&lt;script&gt;" + FLAG + "&lt;/script&gt;")) {
            assertTrue(shown.contains(link), "an address that is not http(s) stays text: " + link + " in " + shown);
        }
        assertTrue(shown.contains("<img src=x onerror=" + FLAG + ">"), "markup in bold is text in bold: " + shown);
        assertEquals(2, browser.findAll(card + " .note-body a[href^='https://example.org/']").size(),
                "the two web links are links");
        browser.assertNoCspViolations();
    }
}
