package crosscheck.model;

import java.time.Instant;
import java.util.Objects;

/** A note a member left on a claim: raw text in a small Markdown subset, rendered safely by the page. */
public record ClaimNote(long id, String author, String text, Instant createdAt) {
    public static final int MAX_CHARS = 10_000;

    public ClaimNote {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
