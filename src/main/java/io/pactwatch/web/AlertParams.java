package io.pactwatch.web;

import io.javalin.http.Context;
import io.pactwatch.ledger.AlertQuery;
import io.pactwatch.model.Labels;
import io.pactwatch.model.Severity;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The query string of the attention page, the API's alert list and the alerts export, read into an
 * {@link AlertQuery} (and written back by {@link RemoteCoordination}): party, topic, rule, severity, status,
 * commitment (repeatable), fingerprint, offset and limit. One spelling for the pages, the API and the CLI.
 */
final class AlertParams {

    /** The largest page the API and the attention page answer. */
    static final int MAX_LIMIT = 1000;

    private AlertParams() {
    }

    /** @param defaultStatus {@code ACTIVE} (every firing alert, acknowledged or not) for the page; {@code ALL} for the API */
    static AlertQuery from(Context ctx, AlertQuery.Status defaultStatus) {
        String severityText = blank(ctx.queryParam("severity"));
        Severity severity = null;
        if (severityText != null) {
            severity = Severity.parse(severityText).orElseThrow(() -> new BadRequest("severity must be info, "
                    + "warning or critical, got \"" + severityText + "\""));
        }
        String statusText = blank(ctx.queryParam("status"));
        AlertQuery.Status status = statusText == null ? defaultStatus : Labels.parse(AlertQuery.Status.class,
                statusText).orElseThrow(() -> new BadRequest("status must be one of active, firing, acknowledged, "
                + "silenced, resolved or all, got \"" + statusText + "\""));
        Set<String> commitments = new LinkedHashSet<>();
        ctx.queryParams("commitment").stream().map(AlertParams::blank).filter(c -> c != null)
                .forEach(commitments::add);
        return AlertQuery.builder().party(blank(ctx.queryParam("party"))).topic(blank(ctx.queryParam("topic")))
                .rule(blank(ctx.queryParam("rule"))).severity(severity).status(status)
                .commitments(commitments.isEmpty() ? null : commitments)
                .fingerprint(blank(ctx.queryParam("fingerprint")))
                .offset(number(ctx, "offset", 0, 0, Integer.MAX_VALUE))
                .limit(number(ctx, "limit", AlertQuery.DEFAULT_LIMIT, 1, MAX_LIMIT)).build();
    }

    /** The query string that {@link #from} reads back as {@code query}. */
    static String write(AlertQuery query) {
        StringJoiner out = new StringJoiner("&");
        add(out, "party", query.party());
        add(out, "topic", query.topic());
        if (query.commitments() != null) {
            query.commitments().stream().sorted().forEach(c -> add(out, "commitment", c));
        }
        add(out, "fingerprint", query.fingerprint());
        add(out, "rule", query.rule());
        add(out, "severity", query.severity() == null ? null : query.severity().label());
        add(out, "status", Labels.of(query.status()));
        add(out, "offset", String.valueOf(query.offset()));
        add(out, "limit", String.valueOf(query.limit()));
        return out.toString();
    }

    private static void add(StringJoiner out, String name, String value) {
        if (value != null) {
            out.add(name + "=" + Urls.segment(value));
        }
    }

    private static int number(Context ctx, String name, int fallback, int min, int max) {
        String text = blank(ctx.queryParam(name));
        if (text == null) {
            return fallback;
        }
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) > max || Integer.parseInt(text) < min) {
            throw new BadRequest(name + " must be a whole number from " + min + " to " + max + ", got \"" + text
                    + "\"");
        }
        return Integer.parseInt(text);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
