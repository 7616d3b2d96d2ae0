package crosscheck.extract.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageMetadataTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void readsMetaTagsAndTheCanonicalLink() {
        ExtractedPage page = extractor.extract(
                HtmlBytes.decode(ArticleExtractorTest.gunzip(ArticleExtractorTest.resource("pages/harbour-news.html.gz")),
                        null), "https://ledger.example/news/harbour-fees?utm=x");

        assertEquals("Harbour fees to double next spring", page.title());
        assertEquals("Mira Okafor", page.byline());
        assertEquals("2026-03-02T08:15:00+01:00", page.published());
        assertEquals("The Coastal Ledger", page.outlet());
        assertEquals("https://ledger.example/news/harbour-fees", page.canonicalUrl());
    }

    @Test
    void readsJsonLdInsideAGraphWithSeveralAuthors() {
        ExtractedPage page = extractor.extract(
                HtmlBytes.decode(ArticleExtractorTest.gunzip(ArticleExtractorTest.resource("pages/cafe-blog.html.gz")),
                        null), "https://quarter.example/2025/cafe-rue-verte");

        assertEquals("Why the café on Rue Verte closed", page.title());
        assertEquals("Léa Martin, Tom Ruiz", page.byline());
        assertEquals("2025-11-30T18:00:00+01:00", page.published());
        assertEquals("Notes from the Quarter", page.outlet());
        assertEquals("https://quarter.example/2025/cafe-rue-verte", page.canonicalUrl());
    }

    @Test
    void readsANewsArticleFromJsonLdWhenThereAreNoMetaTags() {
        String html = """
                <html><head><title>Dam report published - Valley Times</title>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Dam report published",
                 "author":{"@type":"Person","name":"By Ana Costa"},"datePublished":"2024-06-01",
                 "publisher":{"@type":"NewsMediaOrganization","name":"Valley Times"},
                 "url":"https://valley.example/dam"}
                </script></head><body><p>Short.</p></body></html>""";

        ExtractedPage page = extractor.extract(html, "https://valley.example/dam?ref=home");

        assertEquals("Dam report published", page.title());
        assertEquals("Ana Costa", page.byline());
        assertEquals("2024-06-01", page.published());
        assertEquals("Valley Times", page.outlet());
        assertEquals("https://valley.example/dam", page.canonicalUrl());
    }

    @Test
    void takesTheTitleElementWithoutTheOutletSuffixAndTheDateFromATimeElement() {
        String html = "<html><head><title>Rail strike called off for Friday | Northern Post</title></head><body>"
                + "<p class=\"byline\">By Sam Lee</p><time datetime=\"2023-09-14T07:30:00Z\">Thursday</time>"
                + "<p>Text.</p></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertEquals("Rail strike called off for Friday", page.title());
        assertEquals("Sam Lee", page.byline());
        assertEquals("2023-09-14T07:30:00Z", page.published());
    }

    @Test
    void saysNothingWhenThePageSaysNothing() {
        ExtractedPage page = extractor.extract("<html><body><p>Only text.</p></body></html>", null);

        assertNull(page.title());
        assertNull(page.byline());
        assertNull(page.published());
        assertNull(page.outlet());
        assertNull(page.canonicalUrl());
    }

    @Test
    void ignoresMalformedJsonLdAndUrlAuthors() {
        String html = "<html><head><meta name=\"author\" content=\"https://social.example/someone\">"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property=\"article:published_time\" content=\"not a date\"></head><body><p>x</p></body></html>";

        ExtractedPage page = extractor.extract(html, null);

        assertNull(page.byline());
        assertNull(page.published());
    }
}
