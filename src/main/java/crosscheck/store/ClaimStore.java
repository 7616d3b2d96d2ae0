package crosscheck.store;

import crosscheck.model.ClaimChange;
import crosscheck.model.ClaimState;
import crosscheck.model.ClaimStatus;
import crosscheck.model.TextQuote;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The team's work on claims: status, assignee, notes and the history of every change. Writes are optimistic: each
 * names the version it saw and fails with {@link crosscheck.model.StaleWrite} when another write came first, so no
 * write is lost. Thread-safe, also across servers sharing one database; durable once a call returns.
 */
public interface ClaimStore {
    /**
     * One write to one claim: any of a new status, a new assignee ({@code ""} clears it) and a note (null: leave as is).
     * {@code anchor} places the claim in the text; it is kept from the first write.
     */
    record ClaimWrite(ClaimStatus status, String assignee, String note, String actor, Instant at, TextQuote anchor) {
    }

    /** Every claim of the article that was ever written, by claim id, with notes and history. */
    Map<String, ClaimState> claimStates(String articleId);

    /** Applies the write if the claim is still at {@code seenVersion}; returns the new state. */
    ClaimState write(String articleId, String claimId, int seenVersion, ClaimWrite write);

    /** Changes with a sequence number above {@code seq}, oldest first, at most {@code limit}. */
    List<ClaimChange> changesAfter(long seq, int limit);

    /** The highest change sequence number so far (0 when none). */
    long lastChangeSeq();
}
