package crosscheck.extract;

import crosscheck.model.CitedLink;
import crosscheck.model.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A first main-content extractor for HTML pages: the title from Open Graph, {@code <title>} or the first heading;
 * the body from {@code <article>}, {@code <main>} or the page, without navigation, headers, footers, asides, forms
 * and scripts; paragraphs, headings, block quotes and list items as paragraphs; the links inside mapped to text
 * offsets. Only plain text leaves this class: the page's markup never reaches the reader. Thread-safe (stateless).
 */
public final class HtmlExtractor {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dd", "dt", "figcaption", "td", "th", "div", "section", "article", "main", "ul", "ol", "table",
            "tr", "header", "br", "hr");
    private static final String BOILERPLATE = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, header, footer, aside, form, button, select, input, textarea, [role=navigation], [role=banner], "
            + "[role=contentinfo], [aria-hidden=true], [hidden]";

    public SourceDocument extract(String html, String baseUrl) {
        return extract(Jsoup.parse(html, baseUrl == null ? "" : baseUrl));
    }

    /** A page as bytes: the charset from the headers if known, else from a byte-order mark or the page's meta tag. */
    public SourceDocument extract(byte[] html, String charset, String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl;
        try {
            return extract(Jsoup.parse(new java.io.ByteArrayInputStream(html), charset, base));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return extract(Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8), base));
        }
    }

    private SourceDocument extract(Document page) {
        String title = title(page);
        Element root = contentRoot(page);
        root.select(BOILERPLATE).remove();
        Builder builder = new Builder();
        builder.walk(root);
        String body = builder.text();
        List<CitedLink> links = builder.links(body.length());
        String cleanTitle = title.isBlank() ? "" : title.strip();
        return new SourceDocument(cleanTitle, body, links);
    }

    private static String title(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content");
        }
        if (!page.title().isBlank()) {
            return page.title();
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? "" : h1.text();
    }

    private static Element contentRoot(Document page) {
        Elements articles = page.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        Element main = page.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        return page.body() == null ? page : page.body();
    }

    /**
     * Walks the DOM once, without recursion (jsoup's traversor keeps its own stack, so deeply nested pages are
     * fine), writing text with paragraph breaks and remembering where each link's text lands.
     */
    private static final class Builder implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> linkSpans = new ArrayList<>();
        private final List<String> linkUrls = new ArrayList<>();
        private final java.util.ArrayDeque<Integer> linkStarts = new java.util.ArrayDeque<>();
        private boolean pendingBreak;

        void walk(Node root) {
            NodeTraversor.traverse(this, root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (BLOCKS.contains(element.normalName())) {
                    pendingBreak = true;
                }
                if ("a".equals(element.normalName())) {
                    linkStarts.push(text.length());
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if ("a".equals(tag) && !linkStarts.isEmpty()) {
                int start = linkStarts.pop();
                String href = element.absUrl("href");
                if (!href.isEmpty() && (href.startsWith("https://") || href.startsWith("http://")) && text.length() > start) {
                    int spanStart = start;
                    while (spanStart < text.length() && Character.isWhitespace(text.charAt(spanStart))) {
                        spanStart++;
                    }
                    linkSpans.add(new int[]{spanStart, text.length()});
                    linkUrls.add(href);
                }
            }
            if (BLOCKS.contains(tag)) {
                pendingBreak = true;
            }
        }

        private void appendText(String raw) {
            String collapsed = raw.replaceAll("[\\s\\u00a0]+", " ");
            if (collapsed.isBlank()) {
                if (!collapsed.isEmpty() && text.length() > 0 && !pendingBreak && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                return;
            }
            if (pendingBreak && text.length() > 0) {
                while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                    text.setLength(text.length() - 1);
                }
                text.append("\n\n");
                collapsed = collapsed.stripLeading();
            } else if (text.length() == 0 || text.charAt(text.length() - 1) == ' ') {
                collapsed = text.length() == 0 ? collapsed.stripLeading() : collapsed.replaceFirst("^ ", "");
            }
            pendingBreak = false;
            text.append(collapsed);
        }

        String text() {
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            text.setLength(end);
            return text.toString();
        }

        List<CitedLink> links(int bodyLength) {
            List<CitedLink> links = new ArrayList<>();
            for (int i = 0; i < linkSpans.size(); i++) {
                int start = linkSpans.get(i)[0];
                int end = Math.min(linkSpans.get(i)[1], bodyLength);
                if (start < end) {
                    links.add(new CitedLink(start, end, linkUrls.get(i)));
                }
            }
            return links;
        }
    }
}
