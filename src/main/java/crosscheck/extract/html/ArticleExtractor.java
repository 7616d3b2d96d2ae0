package crosscheck.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article in an HTML page: its metadata (title, byline, publication date, outlet, canonical URL) and its
 * body as plain text with the links it cites. The body keeps paragraphs, headings, block quotes and list items, each
 * separated by a blank line, and leaves out menus, share bars, related stories, cookie banners, comments and
 * newsletter boxes. Only plain text leaves this class: the page's markup never reaches the caller. Works on pages of
 * any size and nesting depth without recursion. When our own finder comes back with almost nothing, Readability4J
 * (a port of Mozilla Readability) gets a try and the longer text wins. Thread-safe (stateless; each call parses its
 * own tree).
 */
public final class ArticleExtractor {
    /** Below this many words our own finder has probably missed the article, so Readability4J gets a try. */
    private static final int FALLBACK_BELOW_WORDS = 40;
    /** Readability4J is slower than our finder and recursive; it gets no try on pages larger than this. */
    private static final int FALLBACK_MAX_CHARS = 1_000_000;
    /** Nor on pages nested deeper than this: ordinary pages stay far below, hostile ones make it crawl. */
    private static final int FALLBACK_MAX_DEPTH = 80;

    /**
     * Extracts the article of one page.
     *
     * @param html    the page, already decoded (see {@link HtmlBytes#decode})
     * @param baseUrl the page's address, to make links absolute; null or empty when unknown
     */
    public ExtractedPage extract(String html, String baseUrl) {
        Document page = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
        PageMetadata metadata = PageMetadata.read(page);
        TextWriter body = ContentFinder.findBody(page, metadata);
        if (html != null && html.length() <= FALLBACK_MAX_CHARS && isHttpUrl(baseUrl)
                && ShingleMetric.words(body.text()).size() < FALLBACK_BELOW_WORDS
                && depthAtMost(page, FALLBACK_MAX_DEPTH)) {
            body = longer(body, readabilityBody(html, baseUrl));
        }
        return new ExtractedPage(metadata.title, metadata.byline, metadata.published, metadata.outlet,
                metadata.canonicalUrl, body.text(), body.links());
    }

    private static TextWriter readabilityBody(String html, String baseUrl) {
        try {
            return ReadabilityBaseline.write(html == null ? "" : html, baseUrl);
        } catch (RuntimeException readabilityFailed) {
            return new TextWriter();
        }
    }

    /** Readability4J needs the page's address to work (and logs errors without one). */
    private static boolean isHttpUrl(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }

    private static boolean depthAtMost(Document page, int limit) {
        boolean[] tooDeep = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > limit) {
                    tooDeep[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, page);
        return !tooDeep[0];
    }

    private static TextWriter longer(TextWriter ours, TextWriter fallback) {
        return ShingleMetric.words(fallback.text()).size() > ShingleMetric.words(ours.text()).size() ? fallback : ours;
    }
}
