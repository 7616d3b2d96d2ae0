package crosscheck.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to a claim, as the history shows it and the live feed sends it.
 *
 * @param seq       the change's position in the feed of the whole database (increasing)
 * @param version   the claim's version after this change
 * @param kind      "status", "assignee" or "note"
 * @param from      the old value (null for a note or a first assignee)
 * @param to        the new value (for a note: its first line)
 */
public record ClaimChange(long seq, String articleId, String claimId, int version, Instant at, String actor, String kind,
                          String from, String to) {
    public ClaimChange {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
    }
}
