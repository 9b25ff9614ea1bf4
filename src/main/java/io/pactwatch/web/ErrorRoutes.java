package io.pactwatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every refusal and failure as a person reads it: for /api/ a JSON {@code {"message": ...}}, for pages an HTML
 * page; 4xx for what the caller can correct, 500 for a fault, whose details go to the log only. Never a stack
 * trace in an answer.
 */
final class ErrorRoutes implements WebServer.Routes {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorRoutes.class);

    private final Guard guard;
    private final Views views;

    ErrorRoutes(Guard guard, Views views) {
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.before(Guard::headers);
        config.routes.exception(TokenRefused.class, (e, ctx) -> answer(ctx, e.status(), "This link cannot be used",
                e.getMessage()));
        config.routes.exception(Forbidden.class, (e, ctx) -> answer(ctx, e.status(),
                e.status() == 401 ? "Sign in" : "Not allowed", e.getMessage()));
        config.routes.exception(NotFound.class, (e, ctx) -> answer(ctx, 404, "Not found", e.getMessage()));
        config.routes.exception(BadRequest.class, (e, ctx) -> answer(ctx, 400, "Please correct this",
                e.getMessage()));
        config.routes.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, 400, "Please correct this",
                e.problems().stream().map(Problem::message).collect(Collectors.joining("; "))));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), "Cannot do this",
                e.getMessage() == null || e.getMessage().isBlank() ? "the request was refused" : e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "Something went wrong", "Pactwatch could not answer this request; the details are in "
                    + "the daemon's log.");
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, 404, "Not found", "There is no page at " + ctx.path() + ".");
            }
        });
        config.routes.error(405, ctx -> answer(ctx, 405, "Not allowed", ctx.method() + " is not answered at "
                + ctx.path() + "."));
    }

    private void answer(Context ctx, int status, String title, String message) {
        Guard.headers(ctx);
        if (ctx.path().startsWith(ApiRoutes.PREFIX + "/") || ctx.path().equals(ApiRoutes.PREFIX)) {
            ctx.status(status).json(Map.of("message", message));
            return;
        }
        try {
            Page.message(ctx, views, guard, status, title, message);
        } catch (RuntimeException e) {
            ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
        }
    }
}
