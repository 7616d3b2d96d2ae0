package crosscheck.http;

import crosscheck.model.InputRejected;
import crosscheck.model.Role;
import crosscheck.team.Access;
import crosscheck.team.TeamService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Signing in and out, the first admin's setup, invites, members and API tokens. */
final class TeamController {
    private final TeamService team;
    private final Pages pages;
    private final RateLimiter signIns;

    TeamController(TeamService team, Pages pages, RateLimiter signIns) {
        this.team = team;
        this.pages = pages;
        this.signIns = signIns;
    }

    void signInPage(Context ctx) {
        if (!Gate.access(ctx).isNobody() && !Gate.access(ctx).isShare()) {
            ctx.redirect(Gate.localPath(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        pages.page(ctx, "signin.html");
    }

    /**
     * The sign-in form. A failure goes back to the form with a short code the page turns into a sentence
     * ({@code credentials}, {@code throttled}); the status stays 303 so the browser shows the form again.
     */
    void signIn(Context ctx) {
        String next = Gate.localPath(ctx.formParam("next"));
        String back = "/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) + "&error=";
        if (!allowed(ctx)) {
            ctx.redirect(back + "throttled", HttpStatus.SEE_OTHER);
            return;
        }
        try {
            startSession(ctx, team.signIn(ctx.formParam("name"), ctx.formParam("password")), next);
        } catch (InputRejected e) {
            if (e.reason() != InputRejected.Reason.UNAUTHENTICATED) {
                throw e;
            }
            ctx.redirect(back + "credentials", HttpStatus.SEE_OTHER);
        }
    }

    /** The error code the setup and invite forms show: which field to fix, or that the link is spent. */
    static String errorCode(InputRejected e) {
        return switch (e.reason()) {
            case NOT_FOUND -> "token";
            case CONFLICT -> "taken";
            case TOO_MANY_REQUESTS -> "throttled";
            default -> e.getMessage().contains("password") ? "password" : "name";
        };
    }

    void signOut(Context ctx) {
        team.signOut(ctx.cookie(Gate.SESSION_COOKIE));
        Gate.setSessionCookie(ctx, "", 0);
        ctx.redirect("/signin", HttpStatus.SEE_OTHER);
    }

    void setupPage(Context ctx) {
        if (!team.isSetUpToken(ctx.queryParam("token"))) {
            throw new InputRejected(InputRejected.Reason.NOT_FOUND, "This setup link has been used or is not valid. "
                    + "Sign in instead, or ask your admin for an invite.");
        }
        pages.page(ctx, "setup.html");
    }

    void setUp(Context ctx) {
        String token = ctx.formParam("token");
        join(ctx, "/setup?token=" + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8) + "&",
                () -> team.setUp(token, ctx.formParam("name"), ctx.formParam("password")));
    }

    void invitePage(Context ctx) {
        team.requireInvite(ctx.pathParam("token"));
        pages.page(ctx, "invite.html");
    }

    void acceptInvite(Context ctx) {
        String token = ctx.pathParam("token");
        join(ctx, "/invite/" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "?",
                () -> team.acceptInvite(token, ctx.formParam("name"), ctx.formParam("password")));
    }

    /**
     * Creates an account from a setup or invite form and signs its owner in; a mistake goes back to the form
     * ({@code form} ends in "?" or "&") with an error code. A spent link gets the not-found page.
     */
    private void join(Context ctx, String form, java.util.function.Supplier<TeamService.SignedIn> create) {
        try {
            if (!allowed(ctx)) {
                throw new InputRejected(InputRejected.Reason.TOO_MANY_REQUESTS, "Too many attempts from this address.");
            }
            startSession(ctx, create.get(), "/");
        } catch (InputRejected e) {
            if (e.reason() == InputRejected.Reason.NOT_FOUND) {
                throw e;
            }
            ctx.redirect(form + "error=" + errorCode(e), HttpStatus.SEE_OTHER);
        }
    }

    /** Whether this address may try to sign in (or join) now; if not, says when it may in Retry-After. */
    private boolean allowed(Context ctx) {
        long wait = signIns.acquire(ctx.ip(), System.nanoTime());
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            return false;
        }
        return true;
    }

    private static void startSession(Context ctx, TeamService.SignedIn signedIn, String next) {
        Gate.setSessionCookie(ctx, signedIn.sessionToken(), TeamService.SESSION_LIFETIME.toSeconds());
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    void teamPage(Context ctx) {
        Gate.access(ctx).require(Role.ADMIN);
        pages.page(ctx, "team.html");
    }

    void me(Context ctx) {
        Access access = Gate.access(ctx);
        ctx.json(new TeamViews.Me(access.name(), access.isShare() ? "share" : access.role().id(), access.csrf(),
                access.article()));
    }

    void members(Context ctx) {
        ctx.json(new TeamViews.Members(team.members(Gate.access(ctx)).stream().map(TeamViews.MemberView::of).toList()));
    }

    void createInvite(Context ctx) {
        TeamViews.RoleRequest request = ctx.bodyAsClass(TeamViews.RoleRequest.class);
        TeamService.Invite invite = team.invite(Gate.access(ctx), Role.parse(request == null ? null : request.role()));
        ctx.status(HttpStatus.CREATED).json(new TeamViews.InviteCreated(absolute(ctx, "/invite/" + invite.token()),
                invite.role().id(), invite.expiresAt().toString()));
    }

    void createToken(Context ctx) {
        Access access = Gate.access(ctx);
        access.require(Role.ADMIN);
        TeamViews.RoleRequest request = ctx.bodyAsClass(TeamViews.RoleRequest.class);
        Role role = Role.parse(request == null ? null : request.role());
        String name = request == null || request.name() == null ? "api" : request.name();
        ctx.status(HttpStatus.CREATED).json(new TeamViews.TokenCreated(team.createApiToken(name, role), role.id(), name));
    }

    /** An absolute URL on this server, as the browser reached it. */
    static String absolute(Context ctx, String path) {
        String host = ctx.header("Host");
        String scheme = "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) ? "https" : ctx.scheme();
        return scheme + "://" + (host == null ? "127.0.0.1" : host) + path;
    }
}
