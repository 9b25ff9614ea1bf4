package io.pactwatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.pactwatch.coordination.Coordination;
import io.pactwatch.ledger.AlertQuery;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Silence;
import io.pactwatch.model.Labels;
import io.pactwatch.model.ProgressKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JSON API at /api/v1/, the same {@link Coordination} the pages and the CLI use. Callers authenticate with
 * the daemon's API token ({@code Authorization: Bearer}, the file only the service user can read; such a caller
 * is an admin and names the actor in {@code by}) or with a console session (then POSTs carry the X-CSRF-Token
 * header, and the actor is the signed-in address). Errors are {@code {"message": ...}} with a 4xx status.
 */
final class ApiRoutes implements WebServer.Routes {

    static final String PREFIX = "/api/v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Coordination coordination;
    private final Access access;
    private final Guard guard;
    private final String apiToken;
    private final SignInRoutes signIn;

    ApiRoutes(Coordination coordination, Access access, Guard guard, String apiToken,
              SignInRoutes signIn) {
        this.coordination = coordination;
        this.access = access;
        this.guard = guard;
        this.apiToken = apiToken;
        this.signIn = signIn;
    }

    /** Who calls: the CLI (with the token file) acting for {@code by}, or a signed-in viewer. */
    private record Caller(Viewer viewer, boolean cli) {
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get(PREFIX + "/alerts", ctx -> {
            caller(ctx);
            AlertQuery query = AlertParams.from(ctx, AlertQuery.Status.ALL);
            ctx.json(ApiCodec.page(query, coordination.alerts(query)));
        });
        config.routes.get(PREFIX + "/alerts/{fingerprint}/history", ctx -> {
            caller(ctx);
            ctx.json(coordination.history(ctx.pathParam("fingerprint")).stream().map(ApiCodec::history).toList());
        });
        config.routes.post(PREFIX + "/acknowledgements", ctx -> {
            Caller caller = caller(ctx);
            JsonNode body = body(ctx);
            String target = required(body, "target");
            if (!caller.cli()) {
                Stream<LedgerEntry> targets = Stream.concat(coordination.alert(target).stream(),
                        coordination.alertsOf(target).stream()).filter(LedgerEntry::firing);
                if (targets.anyMatch(e -> !access.mayAct(caller.viewer(), e))) {
                    throw new Forbidden(403, "some of these alerts are not routed to " + caller.viewer().address());
                }
            }
            List<LedgerEntry> acked = coordination.acknowledge(target, date(body, "until"), actor(caller, body),
                    text(body, "comment"));
            ctx.json(acked.stream().map(ApiCodec::entry).toList());
        });
        config.routes.get(PREFIX + "/silences", ctx -> {
            caller(ctx);
            ctx.json(coordination.silences().stream().map(ApiCodec::silence).toList());
        });
        config.routes.post(PREFIX + "/silences", ctx -> {
            Caller caller = admin(ctx);
            JsonNode body = body(ctx);
            String matcherText = required(body, "matcher");
            Silence.Matcher matcher = Labels.parse(Silence.Matcher.class, matcherText).orElseThrow(() ->
                    new BadRequest("\"matcher\" must be commitment, party or topic, got \"" + matcherText + "\""));
            LocalDate until = Optional.ofNullable(date(body, "until")).orElseThrow(() ->
                    new BadRequest("\"until\" is required: the last day of the silence, e.g. 2019-06-30"));
            ctx.status(201).json(ApiCodec.silence(coordination.silence(matcher, required(body, "value"), until,
                    actor(caller, body), text(body, "comment"))));
        });
        config.routes.get(PREFIX + "/outbox", ctx -> {
            admin(ctx);
            ctx.json(coordination.outbox().stream().map(ApiCodec::outbox).toList());
        });
        config.routes.post(PREFIX + "/outbox/{id}/retry", ctx -> {
            admin(ctx);
            String id = ctx.pathParam("id");
            if (!id.matches("\\d{1,18}")) {
                throw new BadRequest("a message id is a number, got \"" + id + "\"");
            }
            coordination.retry(Long.parseLong(id));
            ctx.json(Map.of("message", "message " + id + " is due now"));
        });
        config.routes.post(PREFIX + "/outbox/purge", ctx -> {
            admin(ctx);
            String before = required(body(ctx), "before");
            Instant instant;
            try {
                instant = Instant.parse(before);
            } catch (DateTimeParseException e) {
                throw new BadRequest("\"before\" must be an instant such as 2019-05-01T00:00:00Z, got \"" + before
                        + "\"");
            }
            ctx.json(Map.of("purged", coordination.purgeSent(instant)));
        });
        config.routes.get(PREFIX + "/commitments/{id}/progress", ctx -> {
            caller(ctx);
            ctx.json(coordination.progress(ctx.pathParam("id")).stream().map(ApiCodec::progress).toList());
        });
        config.routes.get(PREFIX + "/progress", ctx -> {
            caller(ctx);
            ctx.json(coordination.storedProgress().stream().map(ApiCodec::progress).toList());
        });
        config.routes.post(PREFIX + "/progress", ctx -> {
            Caller caller = caller(ctx);
            JsonNode body = body(ctx);
            String commitment = required(body, "commitment");
            if (!caller.cli() && !access.mayRecord(caller.viewer(), commitment, coordination.alertsOf(commitment))) {
                throw new Forbidden(403, "the alerts of " + commitment + " are not routed to "
                        + caller.viewer().address());
            }
            String kindText = required(body, "kind");
            ProgressKind kind = Labels.parse(ProgressKind.class, kindText).orElseThrow(() -> new BadRequest(
                    "\"kind\" must be one of " + String.join(", ", Labels.all(ProgressKind.class)) + ", got \""
                            + kindText + "\""));
            LocalDate on = Optional.ofNullable(date(body, "date")).orElseThrow(() ->
                    new BadRequest("\"date\" is required: the day it happened, e.g. 2019-04-15"));
            String origin = caller.cli() ? Optional.ofNullable(text(body, "origin")).orElse("cli") : "web";
            ctx.status(201).json(ApiCodec.progress(coordination.recordProgress(commitment, kind, on,
                    text(body, "note"), actor(caller, body), origin)));
        });
        config.routes.post(PREFIX + "/progress/clear", ctx -> {
            admin(ctx);
            JsonNode body = body(ctx);
            if (!body.path("through").canConvertToLong()) {
                throw new BadRequest("\"through\" must be the id of the last stored entry to clear");
            }
            ctx.json(Map.of("cleared", coordination.clearProgress(body.path("through").asLong(),
                    body.path("evenIfNotInFiles").asBoolean(false))));
        });
        config.routes.get(PREFIX + "/preview", ctx -> {
            admin(ctx);
            LocalDate asOf = Optional.ofNullable(day("asOf", ctx.queryParam("asOf"))).orElseThrow(() ->
                    new BadRequest("\"asOf\" is required: the day to evaluate as of, e.g. 2019-05-01"));
            String to = ctx.queryParam("to") == null || ctx.queryParam("to").isBlank() ? null
                    : ctx.queryParam("to").strip();
            ctx.json(Map.of("asOf", asOf.toString(), "digests", coordination.preview(asOf, to).stream()
                    .map(ApiCodec::preview).toList()));
        });
        config.routes.post(PREFIX + "/sign-in-links", ctx -> {
            if (!caller(ctx).cli()) {
                throw new Forbidden(403, "only the daemon's own CLI (`pactwatch login-link`) may make sign-in links");
            }
            String to = required(body(ctx), "to");
            if (!access.known(to)) {
                throw new BadRequest("\"" + to + "\" is not known to Pactwatch: sign-in is for a route's address,"
                        + " a commitment's coordinator or a daemon.admin");
            }
            ctx.json(Map.of("url", signIn.link(to)));
        });
    }

    private Caller caller(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            String given = authorization.startsWith("Bearer ") ? authorization.substring("Bearer ".length()) : "";
            if (!MessageDigest.isEqual(apiToken.getBytes(StandardCharsets.UTF_8),
                    given.strip().getBytes(StandardCharsets.UTF_8))) {
                throw new Forbidden(401, "the API token is wrong; the CLI reads it from the daemon's state "
                        + "directory (web.state-directory)");
            }
            return new Caller(null, true);
        }
        Viewer viewer = guard.viewer(ctx).orElseThrow(() -> new Forbidden(401, "sign in to the console, or send "
                + "the daemon's API token as \"Authorization: Bearer TOKEN\""));
        if (!"GET".equals(ctx.method().name())) {
            guard.checkHeader(ctx);
        }
        return new Caller(viewer, false);
    }

    private Caller admin(Context ctx) {
        Caller caller = caller(ctx);
        if (!caller.cli() && !caller.viewer().admin()) {
            throw new Forbidden(403, "only admins (daemon.admin) may do this");
        }
        return caller;
    }

    private static String actor(Caller caller, JsonNode body) {
        if (!caller.cli()) {
            return caller.viewer().address();
        }
        return Optional.ofNullable(text(body, "by")).orElse("cli");
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode node = JSON.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new BadRequest("the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequest("\"" + field + "\" must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    private static String required(JsonNode body, String field) {
        String value = text(body, field);
        if (value == null) {
            throw new BadRequest("\"" + field + "\" is required");
        }
        return value;
    }

    private static LocalDate date(JsonNode body, String field) {
        return day(field, text(body, field));
    }

    /** {@code value} as a date, null for none; a 400 naming {@code field} for anything else. */
    private static LocalDate day(String field, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest("\"" + field + "\" must be a date such as 2019-06-30, got \"" + value + "\"");
        }
    }
}
