package crosscheck.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored article: an immutable snapshot of the analysed text with its analysis. {@code id} derives from the
 * text, so the same text always has the same id. {@code origin} says where it came from ("paste", "file:NAME", a URL);
 * {@code info} is what the page said about itself (byline, date, outlet, canonical URL).
 */
public record Article(String id, String title, Instant createdAt, String origin, PageInfo info, Analysis analysis) {
    public Article {
        info = Objects.requireNonNullElse(info, PageInfo.NONE);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(analysis, "analysis");
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
