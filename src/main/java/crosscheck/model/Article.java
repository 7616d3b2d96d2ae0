package crosscheck.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored article: an immutable snapshot of the analysed text with its analysis. {@code id} derives from the
 * text, so the same text always has the same id. {@code origin} says where it came from ("paste", "file:NAME", a URL);
 * {@code info} is what the page said about itself (byline, date, outlet, canonical URL); {@code links} are the links
 * the document cited (offsets into the body). The newest analysis is the one stored last.
 */
public record Article(String id, String title, Instant createdAt, String origin, PageInfo info, Analysis analysis,
                      List<CitedLink> links) {
    public Article {
        info = Objects.requireNonNullElse(info, PageInfo.NONE);
        links = List.copyOf(links == null ? List.of() : links);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(analysis, "analysis");
    }

    /** An article whose document cited no links. */
    public Article(String id, String title, Instant createdAt, String origin, PageInfo info, Analysis analysis) {
        this(id, title, createdAt, origin, info, analysis, List.of());
    }

    /** The document this article was analysed from (to analyse it again with a newer model). */
    public SourceDocument document() {
        return new SourceDocument(analysis.title(), analysis.text().substring(analysis.bodyStart()), links, info);
    }

    /** The same article with another analysis of its text. */
    public Article withAnalysis(Analysis newer) {
        return new Article(id, title, createdAt, origin, info, newer, links);
    }

    public ArticleSummary summary() {
        return new ArticleSummary(id, title, createdAt, analysis.language(), analysis.claims().size(),
                analysis.entities().size(), wordCount(analysis.text().substring(analysis.bodyStart())));
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
