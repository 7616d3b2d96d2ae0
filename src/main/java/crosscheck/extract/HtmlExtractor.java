package crosscheck.extract;

import crosscheck.extract.html.ArticleExtractor;
import crosscheck.extract.html.ExtractedPage;
import crosscheck.extract.html.HtmlBytes;
import crosscheck.model.PageInfo;
import crosscheck.model.SourceDocument;

/**
 * HTML pages to article text: the article and only the article (see {@link ArticleExtractor}), its links mapped
 * to text offsets, and what the page says about itself. Only plain text leaves this class: the page's markup never
 * reaches the reader. Thread-safe.
 */
public final class HtmlExtractor {
    private final ArticleExtractor articles = new ArticleExtractor();

    public SourceDocument extract(String html, String baseUrl) {
        ExtractedPage page = articles.extract(html, baseUrl);
        return new SourceDocument(page.title() == null ? "" : page.title(), page.body(), page.links(),
                new PageInfo(page.byline(), page.published(), page.outlet(), page.canonicalUrl()));
    }

    /** A page as bytes: the charset from a byte-order mark, the headers, the page's meta tag, else detected. */
    public SourceDocument extract(byte[] html, String charset, String baseUrl) {
        return extract(HtmlBytes.decode(html, charset), baseUrl);
    }
}
