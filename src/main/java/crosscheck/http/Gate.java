package crosscheck.http;

import crosscheck.model.InputRejected;
import crosscheck.model.InputRejected.Reason;
import crosscheck.team.Access;
import crosscheck.team.TeamService;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Who is asking, decided once per request before any route runs: a session cookie, an API token
 * ({@code Authorization: Bearer}), or a share token ({@code X-Share-Token} header or {@code share} parameter). Nobody
 * gets the sign-in page (pages) or 401 (API) for everything but the sign-in, setup, invite and share pages and the
 * static files. Writes made with a session cookie must echo the session's CSRF token; the public forms must come
 * from our own origin when the browser says where they come from.
 */
final class Gate {
    static final String SESSION_COOKIE = "cc_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    static final String SHARE_HEADER = "X-Share-Token";
    private static final String ACCESS = "crosscheck.access";
    private static final Set<String> STATIC_PREFIXES = Set.of("/css/", "/js/", "/img/");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final TeamService team;

    Gate(TeamService team) {
        this.team = team;
    }

    static Access access(Context ctx) {
        Access access = ctx.attribute(ACCESS);
        return access == null ? Access.NOBODY : access;
    }

    static boolean isStatic(String path) {
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith) || path.equals("/favicon.ico");
    }

    /** Pages anyone may open: they check their own tokens. */
    static boolean isPublic(String path) {
        return path.equals("/signin") || path.equals("/setup") || path.startsWith("/invite/") || path.startsWith("/s/");
    }

    /** The before-handler for every request. */
    void identify(Context ctx) {
        String path = ctx.path();
        if (isStatic(path)) {
            return;
        }
        Access access = identifyFrom(ctx);
        ctx.attribute(ACCESS, access);
        if (isPublic(path)) {
            if (!SAFE.contains(ctx.method())) {
                requireOwnOrigin(ctx);
            }
            return;
        }
        if (access.isNobody()) {
            if (path.startsWith("/api/")) {
                throw new InputRejected(Reason.UNAUTHENTICATED, "Sign in to Crosscheck first (or send an API token "
                        + "as Authorization: Bearer TOKEN).");
            }
            String next = ctx.method() == HandlerType.GET ? path + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
            ctx.redirect("/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (access.session() && !SAFE.contains(ctx.method())) {
            requireCsrf(ctx, access);
        }
    }

    private Access identifyFrom(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return team.byApiToken(authorization.substring(7).strip()).orElseThrow(() -> new InputRejected(
                    Reason.UNAUTHENTICATED, "That API token is not valid (or has been revoked)."));
        }
        String share = ctx.header(SHARE_HEADER);
        if (share == null && ctx.path().startsWith("/api/")) {
            share = ctx.queryParam("share");
        }
        if (share != null) {
            return team.byShareToken(share).orElseThrow(() -> new InputRejected(Reason.NOT_FOUND,
                    "This share link has been revoked or has expired."));
        }
        return team.bySession(ctx.cookie(SESSION_COOKIE)).orElse(Access.NOBODY);
    }

    private static void requireCsrf(Context ctx, Access access) {
        String token = ctx.header(CSRF_HEADER);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (token == null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))) {
            token = ctx.formParam(CSRF_FIELD);
        }
        if (token == null || !java.security.MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                access.csrf().getBytes(StandardCharsets.UTF_8))) {
            throw new InputRejected(Reason.FORBIDDEN, "This change did not come from a Crosscheck page (its CSRF token "
                    + "is missing or stale). Reload the page and try again.");
        }
    }

    /** Forms that sign people in must come from our own pages (login CSRF), when the browser names the origin. */
    private static void requireOwnOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        if (origin.equals("null") && "same-origin".equals(ctx.header("Sec-Fetch-Site"))) {
            return; // a browser hides the origin under a no-referrer policy but still says where the form came from
        }
        String host = ctx.header("Host");
        String originHost = origin.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
        if (host == null || !host.equalsIgnoreCase(originHost)) {
            throw new InputRejected(Reason.FORBIDDEN, "This form was sent from another site (" + origin + ").");
        }
    }

    /** The session cookie: not readable by scripts, not sent on cross-site requests other than top-level links. */
    static void setSessionCookie(Context ctx, String token, long maxAgeSeconds) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.header("Set-Cookie", SESSION_COOKIE + "=" + token + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax" + (https ? "; Secure" : ""));
    }

    /** A path on this server to go to after signing in; anything else (other sites, odd forms) becomes "/". */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20) || next.startsWith("/signin")) {
            return "/";
        }
        return next;
    }
}
