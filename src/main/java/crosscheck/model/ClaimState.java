package crosscheck.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the team recorded about one claim. {@code version} counts the writes (0: never touched); a write names the
 * version it saw and fails when another write came first. {@code anchor} is where the claim's sentence was when it
 * was first touched, to find it again after a re-analysis.
 */
public record ClaimState(String claimId, ClaimStatus status, String assignee, int version, Instant updatedAt,
                         String updatedBy, TextQuote anchor, List<ClaimNote> notes, List<ClaimChange> history) {
    public static final int MAX_ASSIGNEE_CHARS = Member.MAX_NAME_CHARS;

    public ClaimState {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(status, "status");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
        notes = List.copyOf(notes);
        history = List.copyOf(history);
    }

    /** A claim nobody has touched yet. */
    public static ClaimState untouched(String claimId) {
        return new ClaimState(claimId, ClaimStatus.UNCHECKED, null, 0, null, null, null, List.of(), List.of());
    }

    /** The same state under another claim id (the claim's id in a newer analysis). */
    public ClaimState withClaimId(String id) {
        return new ClaimState(id, status, assignee, version, updatedAt, updatedBy, anchor, notes, history);
    }

    /** What someone outside the team may see: status and version, no notes, assignee or names. */
    public ClaimState forOutsiders() {
        return new ClaimState(claimId, status, null, version, updatedAt, null, anchor, List.of(), List.of());
    }
}
