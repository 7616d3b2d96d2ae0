package crosscheck.model;

import java.time.Instant;
import java.util.Objects;

/** One line of the article list: what a person needs to pick an article. */
public record ArticleSummary(String id, String title, Instant createdAt, String language, int claimCount,
                             int entityCount, int wordCount) {
    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
