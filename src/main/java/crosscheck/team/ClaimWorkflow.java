package crosscheck.team;

import crosscheck.model.Analysis;
import crosscheck.model.Article;
import crosscheck.model.Claim;
import crosscheck.model.ClaimNote;
import crosscheck.model.ClaimState;
import crosscheck.model.ClaimStatus;
import crosscheck.model.InputRejected;
import crosscheck.model.InputRejected.Reason;
import crosscheck.model.Role;
import crosscheck.model.TextQuote;
import crosscheck.store.ArticleStore;
import crosscheck.store.ClaimStore;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The claim workflow: status, assignee and notes per claim, written optimistically (a write names the version it
 * saw; a stale one fails with {@link crosscheck.model.StaleWrite} carrying the newer state). States are kept under
 * the claim id they were first written with, plus a text-quote anchor; reading them against the newest analysis
 * re-attaches each to the claim whose sentence now holds its quote, so they survive a re-analysis that moves
 * sentence boundaries. Thread-safe.
 */
public final class ClaimWorkflow {
    private final ArticleStore articles;
    private final ClaimStore claims;
    private final Clock clock;

    public ClaimWorkflow(ArticleStore articles, ClaimStore claims, Clock clock) {
        this.articles = articles;
        this.claims = claims;
        this.clock = clock;
    }

    /** What changes in one write; null fields stay as they are ({@code assignee} "" clears it). */
    public record Change(ClaimStatus status, String assignee, String note) {
        public Change {
            if (assignee != null && assignee.strip().length() > ClaimState.MAX_ASSIGNEE_CHARS) {
                throw new InputRejected(Reason.UNUSABLE, "An assignee name has at most " + ClaimState.MAX_ASSIGNEE_CHARS + " characters.");
            }
            if (note != null && (note.isBlank() || note.length() > ClaimNote.MAX_CHARS)) {
                throw new InputRejected(Reason.UNUSABLE, "A note needs 1 to " + ClaimNote.MAX_CHARS + " characters.");
            }
        }
    }

    /** The team's states for the claims of the article's newest analysis, by current claim id (touched claims only). */
    public Map<String, ClaimState> states(Access by, String articleId) {
        by.requireRead(articleId);
        return states(by, requireArticle(articleId));
    }

    /** The same for an article already read (an export reads it anyway). */
    public Map<String, ClaimState> states(Access by, Article article) {
        by.requireRead(article.id());
        String articleId = article.id();
        Analysis analysis = article.analysis();
        Map<String, ClaimState> states = new LinkedHashMap<>();
        for (Map.Entry<String, Anchored> entry : anchored(articleId, analysis).entrySet()) {
            ClaimState state = entry.getValue().state().withClaimId(entry.getKey());
            states.put(entry.getKey(), by.isShare() ? state.forOutsiders() : state);
        }
        return states;
    }

    public ClaimState write(Access by, String articleId, String claimId, int seenVersion, Change change) {
        by.require(Role.EDITOR);
        Analysis analysis = requireArticle(articleId).analysis();
        Claim claim = analysis.claims().stream().filter(c -> c.id().equals(claimId)).findFirst()
                .orElseThrow(() -> new InputRejected(Reason.NOT_FOUND, "The article has no claim " + claimId + "."));
        Optional<Anchored> existing = Optional.ofNullable(anchored(articleId, analysis).get(claimId));
        String storedId = existing.map(Anchored::storedId).orElse(claimId);
        ClaimState written = claims.write(articleId, storedId, seenVersion, new ClaimStore.ClaimWrite(change.status(),
                change.assignee(), change.note() == null ? null : change.note().strip(), by.name(), clock.instant(),
                TextQuote.of(analysis.text(), claim.start(), claim.end())));
        summaries.remove(articleId);
        return written.withClaimId(claimId);
    }

    /** A stored state and the claim id it is stored under. */
    private record Anchored(String storedId, ClaimState state) {
    }

    private Map<String, Anchored> anchored(String articleId, Analysis analysis) {
        Map<String, ClaimState> stored = claims.claimStates(articleId);
        Map<String, Anchored> anchored = new LinkedHashMap<>();
        anchor(stored, analysis).forEach((current, storedId) -> anchored.put(current, new Anchored(storedId, stored.get(storedId))));
        return anchored;
    }

    /**
     * Which stored state belongs to which claim of {@code analysis}: by id when the claim still exists, else the claim
     * whose sentence holds the state's text quote. Returns current claim id → stored claim id. States whose text is
     * gone, or whose new claim already has a state of its own, are left out (they stay stored).
     */
    static Map<String, String> anchor(Map<String, ClaimState> stored, Analysis analysis) {
        Map<String, Claim> byId = new HashMap<>();
        analysis.claims().forEach(claim -> byId.put(claim.id(), claim));
        Map<String, String> result = new LinkedHashMap<>();
        for (String id : stored.keySet()) {
            if (byId.containsKey(id)) {
                result.put(id, id);
            }
        }
        for (ClaimState state : stored.values()) {
            if (byId.containsKey(state.claimId()) || state.anchor() == null) {
                continue;
            }
            int at = state.anchor().locate(analysis.text());
            if (at < 0) {
                continue;
            }
            int middle = at + state.anchor().exact().length() / 2;
            for (Claim claim : analysis.claims()) {
                if (claim.start() <= middle && middle < Math.max(claim.end(), claim.start() + 1)) {
                    result.putIfAbsent(claim.id(), state.claimId());
                    break;
                }
            }
        }
        return result;
    }

    /** What a link preview says of an article: its title and "14 claims · 3 false · 5 unchecked". */
    public record Summary(String title, String line) {
    }

    /** The preview of an article, or empty when there is none with that id. Reads counts, not the analysis. */
    public Optional<Summary> summary(Access by, String articleId) {
        by.requireRead(articleId);
        Summary known = summaries.get(articleId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Summary> summary = articles.findLibraryEntry(articleId).map(entry -> {
            int total = entry.article().claimCount();
            StringBuilder line = new StringBuilder().append(total).append(total == 1 ? " claim" : " claims");
            for (ClaimStatus status : PREVIEW_ORDER) {
                if (entry.counts().get(status) > 0) {
                    line.append(" · ").append(entry.counts().get(status)).append(' ').append(status.label());
                }
            }
            return new Summary(entry.article().title(), line.toString());
        });
        summary.ifPresent(found -> {
            if (summaries.size() > MAX_SUMMARIES) {
                summaries.clear();
            }
            summaries.put(articleId, found);
        });
        return summary;
    }

    private static final int MAX_SUMMARIES = 10_000;
    /** Previews by article id, dropped when the change feed reports a change to the article (from any server). */
    private final java.util.concurrent.ConcurrentHashMap<String, Summary> summaries = new java.util.concurrent.ConcurrentHashMap<>();

    /** Drops what is remembered of an article after a change to one of its claims. */
    public void forget(crosscheck.model.ClaimChange change) {
        summaries.remove(change.articleId());
    }

    /** The order a preview names statuses in: findings first, work left last. */
    private static final java.util.List<ClaimStatus> PREVIEW_ORDER = java.util.List.of(ClaimStatus.FALSE,
            ClaimStatus.MISLEADING, ClaimStatus.UNVERIFIABLE, ClaimStatus.VERIFIED, ClaimStatus.IN_PROGRESS,
            ClaimStatus.UNCHECKED);

    public Article requireArticle(String articleId) {
        return articles.findArticle(articleId)
                .orElseThrow(() -> new InputRejected(Reason.NOT_FOUND, "There is no article " + articleId + "."));
    }
}
