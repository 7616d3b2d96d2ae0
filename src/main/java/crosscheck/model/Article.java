package crosscheck.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored article: an immutable snapshot of the analysed text with its analysis. {@code id} derives from the
 * text, so the same text always has the same id. {@code origin} says where it came from ("paste", "file:NAME", a URL).
 */
public record Article(String id, String title, Instant createdAt, String origin, Analysis analysis) {
    public Article {
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
