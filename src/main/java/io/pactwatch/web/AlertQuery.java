package io.pactwatch.web;

import io.javalin.http.Context;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Severity;
import io.pactwatch.registry.Registry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which alerts a page or an API call asks for: filters by party, topic, rule, severity and status, and one page of
 * the result. The same query serves the attention page, the API and the CSV export.
 */
record AlertQuery(String party, String topic, String rule, Severity severity, String status, int offset, int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final Set<String> STATUSES = Set.of("firing", "acknowledged", "silenced", "resolved", "active", "all");

    /** One page of matches and the total before paging. */
    record Result(List<LedgerEntry> page, int total, Map<Severity, Integer> bySeverity) {
    }

    /** @param defaultStatus "active" (every firing alert, acknowledged or not) for the page; "all" for the API */
    static AlertQuery from(Context ctx, String defaultStatus) {
        String severityText = blank(ctx.queryParam("severity"));
        Severity severity = null;
        if (severityText != null) {
            severity = Severity.parse(severityText).orElseThrow(() -> new BadRequest("severity must be info, "
                    + "warning or critical, got \"" + severityText + "\""));
        }
        String status = Optional.ofNullable(blank(ctx.queryParam("status"))).orElse(defaultStatus);
        if (!STATUSES.contains(status)) {
            throw new BadRequest("status must be one of active, firing, acknowledged, silenced, resolved or all, "
                    + "got \"" + status + "\"");
        }
        return new AlertQuery(blank(ctx.queryParam("party")), blank(ctx.queryParam("topic")),
                blank(ctx.queryParam("rule")), severity, status, number(ctx, "offset", 0, Integer.MAX_VALUE),
                number(ctx, "limit", DEFAULT_LIMIT, MAX_LIMIT));
    }

    Result apply(List<LedgerEntry> entries, Registry registry) {
        List<LedgerEntry> matched = new ArrayList<>();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (LedgerEntry e : entries) {
            if (!statusMatches(e) || (rule != null && !rule.equals(e.alert().rule()))) {
                continue;
            }
            if (party != null || topic != null) {
                Optional<Commitment> c = registry.commitment(e.alert().commitment());
                if (c.isEmpty() || (party != null && !c.get().parties().contains(party))
                        || (topic != null && !c.get().topics().contains(topic))) {
                    continue;
                }
            }
            counts.merge(e.alert().severity(), 1, Integer::sum);
            if (severity == null || severity == e.alert().severity()) {
                matched.add(e);
            }
        }
        int from = Math.min(offset, matched.size());
        return new Result(matched.subList(from, Math.min(matched.size(), from + limit)), matched.size(), counts);
    }

    private boolean statusMatches(LedgerEntry e) {
        return switch (status) {
            case "all" -> true;
            case "active" -> e.firing();
            default -> status.equals(e.status());
        };
    }

    private static int number(Context ctx, String name, int fallback, int max) {
        String text = blank(ctx.queryParam(name));
        if (text == null) {
            return fallback;
        }
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) > max || ("limit".equals(name)
                && Integer.parseInt(text) == 0)) {
            throw new BadRequest(name + " must be a whole number from " + ("limit".equals(name) ? 1 : 0) + " to "
                    + max + ", got \"" + text + "\"");
        }
        return Integer.parseInt(text);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
