package crosscheck.http;

import crosscheck.model.InputRejected;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: the caller's mistakes get 4xx with a message they can act on;
 * our own bugs get a logged 500 with no stack trace. API paths answer JSON, pages answer HTML.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** Set once an error response is written, so the status handlers do not write another. */
    private static final String ANSWERED = "crosscheck.error-answered";

    private ErrorMapping() {
    }

    static void register(JavalinConfig config) {
        config.routes.exception(InputRejected.class, (e, ctx) -> respond(ctx, statusOf(e.reason()), e.code(), e.getMessage()));
        config.routes.exception(crosscheck.model.StaleWrite.class, (e, ctx) -> {
            ctx.attribute(ANSWERED, Boolean.TRUE);
            ctx.status(HttpStatus.CONFLICT).json(new TeamViews.Conflict("conflict", e.getMessage(),
                    TeamViews.ClaimStateView.of(e.current(), true)));
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, HttpStatus.forStatus(e.getStatus()),
                codeOf(e.getStatus()), messageOf(e, ctx)));
        config.routes.exception(com.fasterxml.jackson.core.JacksonException.class, (e, ctx) ->
                respond(ctx, HttpStatus.BAD_REQUEST, "malformed", "The request body is not valid JSON: "
                        + e.getOriginalMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            org.eclipse.jetty.http.BadMessageException badMessage = causeOfType(e, org.eclipse.jetty.http.BadMessageException.class);
            if (badMessage != null) {
                int code = badMessage.getCode() >= 400 && badMessage.getCode() < 500 ? badMessage.getCode() : 400;
                // the rest of the body is unread: the connection cannot carry another request
                ctx.header("Connection", "close");
                respond(ctx, HttpStatus.forStatus(code), codeOf(code), code == 413
                        ? "The request is too large: Crosscheck accepts articles up to a few megabytes."
                        : "The request could not be read (" + badMessage.getReason() + "). Send JSON, a form, or a "
                        + "well-formed multipart upload.");
                return;
            }
            if (rootCause(e) instanceof com.fasterxml.jackson.core.JacksonException json) {
                respond(ctx, HttpStatus.BAD_REQUEST, "malformed", "The request body is not valid JSON: " + json.getOriginalMessage());
                return;
            }
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                    "Something went wrong on our side. It has been logged; your stored articles are safe.");
        });
        config.routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                respond(ctx, HttpStatus.NOT_FOUND, "not_found", "There is nothing at " + ctx.path() + ".");
            }
        });
        config.routes.error(405, ctx -> respond(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                ctx.method() + " is not allowed on " + ctx.path() + "."));
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    static HttpStatus statusOf(InputRejected.Reason reason) {
        return switch (reason) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNUSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "malformed";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 415 -> "unsupported";
            case 422 -> "unusable";
            default -> status >= 500 ? "internal" : "error";
        };
    }

    private static String messageOf(HttpResponseException e, Context ctx) {
        if (e.getStatus() == 404) {
            return "There is nothing at " + ctx.path() + ".";
        }
        if (e.getStatus() == 413) {
            return "The request is too large: Crosscheck accepts articles up to a few megabytes.";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? HttpStatus.forStatus(e.getStatus()).getMessage() : message;
    }

    static void respond(Context ctx, HttpStatus status, String code, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        if (wantsHtml(ctx)) {
            ctx.html(Pages.errorPage(status.getCode(), message));
        } else {
            ctx.json(new ApiError(code, message));
        }
    }

    /** Pages (not /api) answer HTML when the browser asks for it. */
    private static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return !ctx.path().startsWith("/api/") && accept != null && accept.contains("text/html");
    }
}
