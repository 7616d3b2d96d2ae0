package crosscheck.http;

import crosscheck.model.ClaimChange;
import crosscheck.model.ClaimNote;
import crosscheck.model.ClaimState;
import crosscheck.model.LibraryEntry;
import crosscheck.model.Member;
import crosscheck.model.ShareLink;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the team API (documented in the README). */
final class TeamViews {
    private TeamViews() {
    }

    record Me(String name, String role, String csrf, String article) {
    }

    record Note(long id, String author, String text, String createdAt) {
        static Note of(ClaimNote note) {
            return new Note(note.id(), note.author(), note.text(), note.createdAt().toString());
        }
    }

    record Change(String at, String actor, String kind, String from, String to) {
        static Change of(ClaimChange change) {
            return new Change(change.at().toString(), change.actor(), change.kind(), change.from(), change.to());
        }
    }

    /** A claim's state; for someone outside the team (a share link) without notes, assignee, names or history. */
    record ClaimStateView(String claimId, String status, String assignee, int version, String updatedAt, String updatedBy,
                          List<Note> notes, List<Change> history) {
        static ClaimStateView of(ClaimState state, boolean member) {
            ClaimState shown = member ? state : state.forOutsiders();
            return new ClaimStateView(shown.claimId(), shown.status().id(), shown.assignee(), shown.version(),
                    shown.updatedAt() == null ? null : shown.updatedAt().toString(), shown.updatedBy(),
                    shown.notes().stream().map(Note::of).toList(), shown.history().stream().map(Change::of).toList());
        }
    }

    record Workflow(Map<String, ClaimStateView> claims) {
        static Workflow of(Map<String, ClaimState> states, boolean member) {
            Map<String, ClaimStateView> views = new LinkedHashMap<>();
            states.forEach((id, state) -> views.put(id, ClaimStateView.of(state, member)));
            return new Workflow(views);
        }
    }

    /** What a live reader receives on every change to a claim of its article. */
    record ChangeEvent(String claimId, int version, String kind, String actor, String to) {
        static ChangeEvent of(ClaimChange change, boolean member) {
            return new ChangeEvent(change.claimId(), change.version(), change.kind(), member ? change.actor() : null,
                    member || "status".equals(change.kind()) ? change.to() : null);
        }
    }

    record Conflict(String error, String message, ClaimStateView current) {
    }

    record ClaimWrite(Integer version, String status, String assignee, String text) {
    }

    record ShareRequest(Integer days) {
    }

    record ShareCreated(String id, String url, String expiresAt) {
    }

    record ShareView(String id, String createdBy, String createdAt, String expiresAt, boolean revoked) {
        static ShareView of(ShareLink share) {
            return new ShareView(share.id(), share.createdBy(), share.createdAt().toString(), share.expiresAt().toString(),
                    share.revoked());
        }
    }

    record Shares(List<ShareView> shares) {
    }

    record MemberView(String name, String role, String createdAt) {
        static MemberView of(Member member) {
            return new MemberView(member.name(), member.role().id(), member.createdAt().toString());
        }
    }

    record Members(List<MemberView> members) {
    }

    record RoleRequest(String role, String name) {
    }

    record InviteCreated(String url, String role, String expiresAt) {
    }

    record TokenCreated(String token, String role, String name) {
    }

    /** One library row: the article summary fields plus claim counts by status. */
    record LibraryItem(String id, String url, String title, String createdAt, String origin, String language,
                       int wordCount, int claimCount, int entityCount, String byline, String outlet, String published,
                       Map<String, Integer> counts) {
        static LibraryItem of(LibraryEntry entry) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            entry.counts().forEach((status, n) -> counts.put(status.id(), n));
            var article = entry.article();
            return new LibraryItem(article.id(), ArticleViews.urlOf(article.id()), article.title(),
                    article.createdAt().toString(), entry.origin(), article.language(), article.wordCount(),
                    article.claimCount(), article.entityCount(), entry.info().byline(), entry.info().outlet(),
                    entry.info().published(), counts);
        }
    }

    record Library(List<LibraryItem> articles) {
    }
}
