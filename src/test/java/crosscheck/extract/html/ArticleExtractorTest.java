package crosscheck.extract.html;

import crosscheck.model.CitedLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "harbour-news, https://ledger.example/news/harbour-fees",
            "cafe-blog, https://quarter.example/2025/cafe-rue-verte",
    })
    void extractsTheArticleOfEachFixturePage(String name, String url) {
        String html = HtmlBytes.decode(gunzip(resource("pages/" + name + ".html.gz")), null);
        String expected = new String(resource("pages/" + name + ".txt"), StandardCharsets.UTF_8);

        assertEquals(expected, extractor.extract(html, url).body());
    }

    @Test
    void leavesOutNavigationCookieBannerShareBarRelatedStoriesCommentsAndFooter() {
        String body = extractFixture("harbour-news", "https://ledger.example/news/harbour-fees").body();

        for (String boilerplate : List.of("Sport", "cookies", "Share on Social", "Email this story", "Related stories",
                "Storm damage", "crumbling", "Most read", "All rights reserved", "Subscribe", "Photo: Ledger archive",
                "By Mira Okafor", "window.tracking")) {
            assertFalse(body.contains(boilerplate), () -> "should leave out '" + boilerplate + "' but got:\n" + body);
        }
    }

    @Test
    void keepsHeadingsQuotesAndListItemsAsParagraphs() {
        String body = extractFixture("harbour-news", "https://ledger.example/news/harbour-fees").body();

        assertTrue(body.contains("\n\nWhat the fishermen say\n\nWe were never asked."), body);
        assertTrue(body.contains("a phased increase over three years,\n\nan exemption for boats under ten metres,"),
                body);
    }

    @Test
    void mapsEachCitedLinkToTheTextThatCarriesIt() {
        ExtractedPage page = extractFixture("harbour-news", "https://ledger.example/news/harbour-fees");

        assertEquals(2, page.links().size(), page.links()::toString);
        CitedLink report = page.links().get(0);
        assertEquals("engineering report", page.body().substring(report.start(), report.end()));
        assertEquals("https://port.example/reports/breakwater-2026.pdf", report.url());
        CitedLink agenda = page.links().get(1);
        assertEquals("the published agenda", page.body().substring(agenda.start(), agenda.end()));
        assertEquals("https://ledger.example/agenda", agenda.url());
    }

    @Test
    void keepsOnlyHttpLinks() {
        String html = "<html><body><article>" + paragraph("First")
                + "<p>Write to <a href=\"mailto:desk@example.org\">the desk</a> or run "
                + "<a href=\"javascript:alert(1)\">this</a> or read <a href=\"ftp://files.example/a\">the file</a> "
                + "or <a href=\"docs/b.html\">the docs page</a> for the whole long story of the town hall.</p>"
                + "</article></body></html>";

        ExtractedPage page = extractor.extract(html, "https://news.example/story/");

        assertEquals(List.of(new CitedLink(page.body().indexOf("the docs page"),
                page.body().indexOf("the docs page") + "the docs page".length(),
                "https://news.example/story/docs/b.html")), page.links());
    }

    @Test
    void collapsesWhitespaceInsideParagraphs() {
        String html = "<html><body><article><p>  The   council\n\t met\u00a0on   Monday to discuss the harbour, the "
                + "budget and the new school building on the hill.  </p>" + paragraph("Second")
                + "</article></body></html>";

        String body = extractor.extract(html, null).body();

        assertTrue(body.startsWith("The council met on Monday to discuss the harbour, the budget and the new school "
                + "building on the hill.\n\nSecond"), body);
    }

    @Test
    void writesOnlyTextNeverThePagesMarkup() {
        String html = "<html><body><article><p>The mayor's statement quoted the tag &lt;script&gt; as an example of "
                + "what the filter blocks, and the council accepted the report.</p>"
                + "<script>document.write('<p>injected paragraph text</p>')</script>"
                + "<style>p { color: red }</style><noscript><p>Enable scripts to read the whole story</p></noscript>"
                + paragraph("Second") + "</article></body></html>";

        String body = extractor.extract(html, null).body();

        assertTrue(body.contains("the tag <script> as an example"), body);
        assertFalse(body.contains("injected"), body);
        assertFalse(body.contains("color"), body);
        assertFalse(body.contains("Enable scripts"), body);
    }

    @Test
    void findsAnArticleSplitIntoSeveralSections() {
        StringBuilder html = new StringBuilder("<html><body><div class=\"menu\"><a href=\"/a\">Home</a></div>"
                + "<div class=\"story\">");
        for (int section = 1; section <= 4; section++) {
            html.append("<div class=\"section\"><div class=\"section-text\"><h2>Part ").append(section).append("</h2>")
                    .append(paragraph("Part " + section + " first")).append(paragraph("Part " + section + " second"))
                    .append("</div></div>");
        }
        html.append("</div></body></html>");

        String body = extractor.extract(html.toString(), null).body();

        for (int section = 1; section <= 4; section++) {
            assertTrue(body.contains("Part " + section + " first paragraph"), body);
            assertTrue(body.contains("Part " + section + " second paragraph"), body);
        }
        assertFalse(body.contains("Home"), body);
    }

    @Test
    void leavesOutTeasersOfOtherStoriesBesideAShortArticle() {
        StringBuilder html = new StringBuilder("<html><body><main><article><div class=\"text\">")
                .append(paragraph("Lead")).append(paragraph("Middle")).append(paragraph("Last"))
                .append("</div></article></main><div class=\"more\">");
        for (int teaser = 1; teaser <= 8; teaser++) {
            html.append("<div class=\"card\"><h4><a href=\"/story/").append(teaser).append("\">Headline number ")
                    .append(teaser).append(" of another story</a></h4><div class=\"card-text\"><p>Teaser ")
                    .append(teaser).append(" says what the other story is about in one longer sentence of words.</p>")
                    .append("</div></div>");
        }
        html.append("</div></body></html>");

        String body = extractor.extract(html.toString(), null).body();

        assertTrue(body.startsWith("Lead paragraph"), body);
        assertTrue(body.contains("Last paragraph"), body);
        assertFalse(body.contains("Teaser"), body);
    }

    @Test
    void oneExtractorServesManyThreadsAtOnce() throws Exception {
        String html = HtmlBytes.decode(gunzip(resource("pages/harbour-news.html.gz")), null);
        ExtractedPage expected = extractor.extract(html, "https://ledger.example/news/harbour-fees");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<ExtractedPage>> results = pool.invokeAll(java.util.Collections.nCopies(16,
                    () -> extractor.extract(html, "https://ledger.example/news/harbour-fees")));
            for (java.util.concurrent.Future<ExtractedPage> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void returnsAnEmptyBodyForAnEmptyPage() {
        ExtractedPage page = extractor.extract("", null);

        assertNotNull(page.body());
        assertEquals("", page.body());
        assertEquals(List.of(), page.links());
    }

    static String paragraph(String label) {
        return "<p>" + label + " paragraph of the story, long enough to read as running text with a full stop and "
                + "several clauses, like the ones reporters write.</p>";
    }

    private ExtractedPage extractFixture(String name, String url) {
        return extractor.extract(HtmlBytes.decode(gunzip(resource("pages/" + name + ".html.gz")), null), url);
    }

    static byte[] resource(String name) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "missing test resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gunzip(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
