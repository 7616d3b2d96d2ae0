package crosscheck.team;

import crosscheck.model.InputRejected;
import crosscheck.model.Role;

import java.util.Objects;

/**
 * Who is asking: a signed-in member (browser session, with the CSRF token its page echoes), an API token, a visitor
 * holding a share link to one article, or nobody.
 *
 * @param name      the member's or token's name; null for a share link or nobody
 * @param role      what they may do; null for a share link or nobody
 * @param article   the one article a share link opens; null otherwise
 * @param csrf      the session's CSRF token; null unless signed in through the browser
 * @param session   whether the credentials came in a cookie (then every write must carry the CSRF token)
 */
public record Access(String name, Role role, String article, String csrf, boolean session) {
    public static final Access NOBODY = new Access(null, null, null, null, false);

    public static Access member(String name, Role role, String csrf) {
        return new Access(Objects.requireNonNull(name), Objects.requireNonNull(role), null, Objects.requireNonNull(csrf), true);
    }

    public static Access token(String name, Role role) {
        return new Access(Objects.requireNonNull(name), Objects.requireNonNull(role), null, null, false);
    }

    public static Access share(String articleId) {
        return new Access(null, null, Objects.requireNonNull(articleId), null, false);
    }

    public boolean isNobody() {
        return role == null && article == null;
    }

    public boolean isShare() {
        return article != null;
    }

    /** Whether they may read this article (every member may; a share link only its own). */
    public boolean mayRead(String articleId) {
        return role != null || (article != null && article.equals(articleId));
    }

    /** {@link InputRejected} unless they are a member with at least {@code needed}. */
    public void require(Role needed) {
        if (isNobody()) {
            throw new InputRejected(InputRejected.Reason.UNAUTHENTICATED, "Sign in to Crosscheck first.");
        }
        if (role == null || !role.includes(needed)) {
            throw new InputRejected(InputRejected.Reason.FORBIDDEN, isShare()
                    ? "A share link opens one article to read; it cannot change anything."
                    : "This needs the " + needed.id() + " role; you are " + (role.id().startsWith("a") ? "an " : "a ")
                    + role.id() + ". Ask an admin.");
        }
    }

    /** {@link InputRejected} unless they may read this article. */
    public void requireRead(String articleId) {
        if (isNobody()) {
            throw new InputRejected(InputRejected.Reason.UNAUTHENTICATED, "Sign in to Crosscheck first.");
        }
        if (!mayRead(articleId)) {
            throw new InputRejected(InputRejected.Reason.FORBIDDEN, "A share link opens only the article it was made for.");
        }
    }
}
