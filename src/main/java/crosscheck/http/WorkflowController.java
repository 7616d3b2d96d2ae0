package crosscheck.http;

import crosscheck.json.Json;
import crosscheck.model.ClaimState;
import crosscheck.model.ClaimStatus;
import crosscheck.model.InputRejected;
import crosscheck.model.InputRejected.Reason;
import crosscheck.team.Access;
import crosscheck.team.ChangeFeed;
import crosscheck.team.ClaimWorkflow;
import crosscheck.team.Exports;
import crosscheck.team.TeamService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseHandler;

import java.util.Map;

/** The claim workflow (status, assignee, notes), its live event stream, share links and exports of one article. */
final class WorkflowController {
    private final ClaimWorkflow workflow;
    private final ChangeFeed feed;
    private final TeamService team;
    private final Pages pages;

    WorkflowController(ClaimWorkflow workflow, ChangeFeed feed, TeamService team, Pages pages) {
        this.workflow = workflow;
        this.feed = feed;
        this.team = team;
        this.pages = pages;
    }

    void states(Context ctx) {
        Access access = Gate.access(ctx);
        ctx.json(TeamViews.Workflow.of(workflow.states(access, ctx.pathParam("id")), !access.isShare()));
    }

    void update(Context ctx) {
        TeamViews.ClaimWrite body = requireBody(ctx);
        ClaimStatus status = body.status() == null ? null : ClaimStatus.parse(body.status());
        ClaimState state = workflow.write(Gate.access(ctx), ctx.pathParam("id"), ctx.pathParam("claimId"),
                requireVersion(body), new ClaimWorkflow.Change(status, body.assignee(), null));
        ctx.json(TeamViews.ClaimStateView.of(state, true));
    }

    void addNote(Context ctx) {
        TeamViews.ClaimWrite body = requireBody(ctx);
        if (body.text() == null) {
            throw new InputRejected(Reason.UNUSABLE, "A note needs its \"text\".");
        }
        ClaimState state = workflow.write(Gate.access(ctx), ctx.pathParam("id"), ctx.pathParam("claimId"),
                requireVersion(body), new ClaimWorkflow.Change(null, null, body.text()));
        ctx.status(HttpStatus.CREATED).json(TeamViews.ClaimStateView.of(state, true));
    }

    private static TeamViews.ClaimWrite requireBody(Context ctx) {
        TeamViews.ClaimWrite body = ctx.bodyAsClass(TeamViews.ClaimWrite.class);
        if (body == null) {
            throw new InputRejected(Reason.MALFORMED, "Send JSON such as {\"version\": 0, \"status\": \"false\"}.");
        }
        return body;
    }

    private static int requireVersion(TeamViews.ClaimWrite body) {
        if (body.version() == null || body.version() < 0) {
            throw new InputRejected(Reason.MALFORMED, "Every change names the \"version\" of the claim it was made on "
                    + "(0 for a claim nobody has touched), so that no one's change is silently overwritten.");
        }
        return body.version();
    }

    /** Server-sent events: "ready" once, then "claim" for every change to a claim of the article, from any server. */
    void events(Context ctx) throws Exception {
        Access access = Gate.access(ctx);
        String articleId = ctx.pathParam("id");
        // 401/403/404 before the stream opens; the preview is remembered, so reconnecting readers cost no analysis read
        workflow.summary(access, articleId).orElseThrow(() -> new InputRejected(Reason.NOT_FOUND,
                "There is no article " + articleId + "."));
        new SseHandler(client -> {
            ChangeFeed.Subscription changes = feed.subscribe(articleId, change -> client.sendEvent("claim",
                    Json.write(TeamViews.ChangeEvent.of(change, !access.isShare()))));
            ChangeFeed.Subscription beats = feed.everyFewSeconds(() -> client.sendComment("still here"));
            client.onClose(() -> {
                changes.close();
                beats.close();
            });
            client.sendEvent("ready", "{}");
            client.keepAlive();
        }).handle(ctx);
    }

    void share(Context ctx) {
        TeamViews.ShareRequest request = ctx.body().isBlank() ? null : ctx.bodyAsClass(TeamViews.ShareRequest.class);
        TeamService.CreatedShare created = team.share(Gate.access(ctx), ctx.pathParam("id"),
                request == null ? null : request.days());
        ctx.status(HttpStatus.CREATED).json(new TeamViews.ShareCreated(created.share().id(),
                TeamController.absolute(ctx, "/s/" + created.token()), created.share().expiresAt().toString()));
    }

    void shares(Context ctx) {
        ctx.json(new TeamViews.Shares(team.shares(Gate.access(ctx), ctx.pathParam("id")).stream()
                .map(TeamViews.ShareView::of).toList()));
    }

    void revokeShare(Context ctx) {
        team.revokeShare(Gate.access(ctx), ctx.pathParam("shareId"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void export(Context ctx) {
        Access access = Gate.access(ctx);
        access.require(crosscheck.model.Role.VIEWER);
        Exports.Format format = Exports.Format.parse(ctx.queryParam("format"));
        String id = ctx.pathParam("id");
        crosscheck.model.Article article = workflow.requireArticle(id);
        Map<String, ClaimState> states = workflow.states(access, article);
        String body = Exports.render(format, article, states,
                TeamController.absolute(ctx, ArticleViews.urlOf(id)), "Crosscheck");
        ctx.header("Content-Disposition", "attachment; filename=\"crosscheck-" + id + "." + format.extension + "\"");
        ctx.contentType(format.contentType).result(body);
    }

    /** The reader, with Open Graph tags that sum up the claims (for links pasted in chat). */
    void reader(Context ctx) {
        String id = ctx.pathParam("id");
        pages.reader(ctx, workflow.summary(Gate.access(ctx), id));
    }

    /** The reader for someone holding a share link: read-only, no team navigation. */
    void sharedReader(Context ctx) {
        Access access = team.byShareToken(ctx.pathParam("token")).orElseThrow(() -> new InputRejected(Reason.NOT_FOUND,
                "This share link has been revoked or has expired. Ask whoever sent it for a new one."));
        ctx.header("Referrer-Policy", "no-referrer");
        pages.reader(ctx, workflow.summary(access, access.article()));
    }
}
