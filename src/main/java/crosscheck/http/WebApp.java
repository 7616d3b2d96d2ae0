package crosscheck.http;

import crosscheck.ingest.ArticleService;
import crosscheck.team.ChangeFeed;
import crosscheck.team.ClaimWorkflow;
import crosscheck.team.TeamService;
import crosscheck.json.Json;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/** Builds the Javalin app: every route in one place, pages apart from the API. Not started here. */
public final class WebApp {
    private WebApp() {
    }

    /** Sign-in, setup and invite attempts one client address may make a minute. */
    static final int SIGN_INS_PER_MINUTE = 10;

    public static Javalin create(ArticleService articles, TeamService team, ClaimWorkflow workflow, ChangeFeed feed,
                                 HttpSettings settings) {
        ArticleController articleController = new ArticleController(articles);
        Pages pages = new Pages();
        TeamController teamController = new TeamController(team, pages, new RateLimiter(SIGN_INS_PER_MINUTE));
        WorkflowController workflowController = new WorkflowController(workflow, feed, team, pages);
        Gate gate = new Gate(team);
        RateLimiter submissions = new RateLimiter(settings.analysesPerMinute());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = Pages.WEB_ROOT;
                files.location = Location.CLASSPATH;
                // the security headers come from the before-handler, which runs for files too
                files.headers = java.util.Map.of("Cache-Control", "no-cache");
            });
            config.routes.before(SecurityHeaders::apply);
            for (String path : new String[]{"/api/articles", "/articles", "/api/sample", "/api/articles/{id}/analyses"}) {
                config.routes.before(path, ctx -> refuseOversized(ctx, settings.maxRequestBytes()));
                config.routes.before(path, ctx -> limitSubmissions(ctx, submissions));
            }
            config.routes.before(gate::identify);

            // pages anyone may open (each checks its own token)
            config.routes.get("/signin", teamController::signInPage);
            config.routes.post("/signin", teamController::signIn);
            config.routes.get("/setup", teamController::setupPage);
            config.routes.post("/setup", teamController::setUp);
            config.routes.get("/invite/{token}", teamController::invitePage);
            config.routes.post("/invite/{token}", teamController::acceptInvite);
            config.routes.get("/s/{token}", workflowController::sharedReader);

            // pages for members (the gate sends everyone else to the sign-in page)
            config.routes.get("/", pages::home);
            config.routes.get("/a/{id}", workflowController::reader);
            config.routes.get("/team", teamController::teamPage);
            config.routes.post("/articles", articleController::createFromForm);
            config.routes.post("/signout", teamController::signOut);

            // API: articles and the library
            config.routes.get("/api/articles", articleController::list);
            config.routes.post("/api/articles", articleController::create);
            config.routes.get("/api/articles/{id}", articleController::get);
            config.routes.post("/api/sample", articleController::createSample);
            config.routes.post("/api/articles/{id}/analyses", articleController::reanalyze);

            // API: the claim workflow, live changes, share links, exports
            config.routes.get("/api/articles/{id}/workflow", workflowController::states);
            config.routes.put("/api/articles/{id}/claims/{claimId}", workflowController::update);
            config.routes.post("/api/articles/{id}/claims/{claimId}/notes", workflowController::addNote);
            config.routes.get("/api/articles/{id}/events", workflowController::events);
            config.routes.post("/api/articles/{id}/share", workflowController::share);
            config.routes.get("/api/articles/{id}/shares", workflowController::shares);
            config.routes.delete("/api/shares/{shareId}", workflowController::revokeShare);
            config.routes.get("/api/articles/{id}/export", workflowController::export);

            // API: people
            config.routes.get("/api/me", teamController::me);
            config.routes.get("/api/members", teamController::members);
            config.routes.post("/api/invites", teamController::createInvite);
            config.routes.post("/api/tokens", teamController::createToken);

            ErrorMapping.register(config);
        });
    }

    /** How much of an oversized body is read and dropped before answering 413, so the client can read the answer. */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    /**
     * A body larger than the limit gets 413 before anything reads it. The rest of the body is read and dropped
     * first (up to {@link #DRAIN_LIMIT}): a server that answers while the client is still sending, then closes,
     * makes many clients lose the answer and report a broken connection instead.
     */
    private static void refuseOversized(io.javalin.http.Context ctx, long maxBytes) throws java.io.IOException {
        long length = ctx.req().getContentLengthLong();
        if (length <= maxBytes) {
            return;
        }
        java.io.InputStream body = ctx.req().getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        for (int n; drained < DRAIN_LIMIT && (n = body.read(buffer)) > 0; ) {
            drained += n;
        }
        ctx.header("Connection", "close");
        throw new crosscheck.model.InputRejected(crosscheck.model.InputRejected.Reason.TOO_LARGE,
                "The request has " + length / (1024 * 1024) + " MB; Crosscheck accepts up to " + maxBytes / (1024 * 1024)
                        + " MB. Paste a shorter text or upload a smaller file.");
    }

    /** Analysis and fetching cost seconds of CPU: each client address gets its share. */
    private static void limitSubmissions(io.javalin.http.Context ctx, RateLimiter limiter) {
        if (!"POST".equals(ctx.method().name())) {
            return;
        }
        long wait = limiter.acquire(ctx.ip(), System.nanoTime());
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new crosscheck.model.InputRejected(crosscheck.model.InputRejected.Reason.TOO_MANY_REQUESTS,
                    "Too many articles from this address in a minute; try again in " + wait + " s.");
        }
    }
}
