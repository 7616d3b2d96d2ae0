package crosscheck.extract.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Element;

/**
 * Readability4J (a port of Mozilla Readability) as a body extractor, written out by our own {@link TextWriter} so
 * that both extractors are measured on the same text layout. Thread-safe (a new parser per call).
 */
final class ReadabilityBaseline {
    private ReadabilityBaseline() {
    }

    static String body(String html, String baseUrl) {
        return write(html, baseUrl).text();
    }

    /** Readability4J's article as our text with its links; empty when it finds none. */
    static TextWriter write(String html, String baseUrl) {
        Article article = new Readability4J(baseUrl == null ? "" : baseUrl, html).parse();
        Element content = article.getArticleContent();
        TextWriter writer = new TextWriter();
        return content == null ? writer : writer.write(content, element -> false);
    }
}
