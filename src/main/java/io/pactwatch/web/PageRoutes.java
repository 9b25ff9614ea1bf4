package io.pactwatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.pactwatch.coordination.Coordination;
import io.pactwatch.ledger.AlertPage;
import io.pactwatch.ledger.AlertQuery;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Severity;
import io.pactwatch.registry.Registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The console's reading pages (attention, commitment, party, timeline) and their CSV exports. */
final class PageRoutes implements WebServer.Routes {

    static final List<String> ALERT_COLUMNS = List.of("fingerprint", "status", "severity", "rule", "commitment",
            "title", "due", "message", "firstSeen", "lastNotified", "note");
    static final List<String> COMMITMENT_COLUMNS = List.of("id", "title", "kind", "status", "partyNames", "topics",
            "due", "dueText", "tentative", "coordinators", "quote", "announced", "sourceTitle", "sourcePublisher",
            "sourcePublished");

    private final Coordination coordination;
    private final Supplier<Registry> registry;
    private final Access access;
    private final Guard guard;
    private final Views views;
    private final Clock clock;
    private final SignInRoutes signIn;

    PageRoutes(Coordination coordination, Supplier<Registry> registry, Access access, Guard guard, Views views,
               Clock clock, SignInRoutes signIn) {
        this.coordination = coordination;
        this.registry = registry;
        this.access = access;
        this.guard = guard;
        this.views = views;
        this.clock = clock;
        this.signIn = signIn;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get("/", this::attention);
        config.routes.get("/export/alerts.csv", ctx -> {
            guard.required(ctx);
            AlertQuery all = AlertParams.from(ctx, AlertQuery.Status.ALL).page(0, AlertQuery.EVERYTHING);
            Registry known = registry.get();
            Csv.send(ctx, "alerts", ALERT_COLUMNS, coordination.alerts(all).entries().stream()
                    .map(e -> Rows.alert(e, known)).toList());
        });
        config.routes.get("/commitments/{id}", this::commitment);
        config.routes.get("/parties/{name}", this::party);
        config.routes.get("/parties/{name}/commitments.csv", ctx -> {
            guard.required(ctx);
            Csv.send(ctx, "commitments", COMMITMENT_COLUMNS, partyCommitments(ctx.pathParam("name")).stream()
                    .map(Rows::commitment).toList());
        });
        config.routes.get("/timeline", this::timeline);
        config.routes.get("/export/commitments.csv", ctx -> {
            guard.required(ctx);
            Csv.send(ctx, "commitments", COMMITMENT_COLUMNS, filtered(ctx).stream().map(Rows::commitment).toList());
        });
    }

    private void attention(Context ctx) {
        if (guard.viewer(ctx).isEmpty()) {
            // Signed out: the sign-in page, and nothing of the ledger.
            ctx.html(views.render("sign-in", signIn.signInModel(ctx)));
            return;
        }
        Viewer viewer = guard.required(ctx);
        AlertQuery query = AlertParams.from(ctx, AlertQuery.Status.ACTIVE);
        Registry known = registry.get();
        AlertPage result = coordination.alerts(query);
        Map<String, Object> model = Page.model(ctx, guard, "Needs attention");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LedgerEntry e : result.entries()) {
            Map<String, Object> row = Rows.alert(e, known);
            row.put("mayAck", e.firing() && !e.acknowledged() && access.mayAct(viewer, e));
            rows.add(row);
        }
        model.put("alerts", rows);
        model.put("total", result.total());
        model.put("shown", rows.size());
        model.put("counts", Severity.MOST_SEVERE_FIRST.stream()
                .map(s -> Map.of("severity", s.label(), "count", result.bySeverity().get(s))).toList());
        model.put("party", orEmpty(query.party()));
        model.put("topic", orEmpty(query.topic()));
        model.put("rule", orEmpty(query.rule()));
        model.put("severities", List.of("", "critical", "warning", "info").stream()
                .map(s -> Map.of("value", s, "label", s.isEmpty() ? "any" : s, "selected",
                        query.severity() != null && query.severity().label().equals(s))).toList());
        model.put("next", result.total() > query.offset() + query.limit()
                ? ctx.path() + "?" + page(ctx, query.offset() + query.limit()) : null);
        model.put("exportUrl", "/export/alerts.csv" + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        ctx.html(views.render("attention", model));
    }

    private static String page(Context ctx, int offset) {
        StringBuilder query = new StringBuilder();
        ctx.queryParamMap().forEach((k, values) -> {
            if (!k.equals("offset")) {
                values.forEach(v -> query.append(Urls.segment(k)).append('=').append(Urls.segment(v)).append('&'));
            }
        });
        return query + "offset=" + offset;
    }

    private void commitment(Context ctx) {
        Viewer viewer = guard.required(ctx);
        String id = ctx.pathParam("id");
        Registry known = registry.get();
        Commitment c = known.commitment(id).orElseThrow(() -> new NotFound("The registry has no commitment \""
                + id + "\" (it may have been removed or renamed)."));
        Map<String, Object> model = Page.model(ctx, guard, c.title());
        model.put("commitment", Rows.commitment(c));
        List<LedgerEntry> entries = coordination.alertsOf(id);
        model.put("progress", coordination.progress(id).stream().map(Rows::progress).toList());
        model.put("mayRecord", access.mayRecord(viewer, id, entries));
        model.put("progressAction", "/commitments/" + Urls.segment(id) + "/progress");
        model.put("kinds", Rows.progressKinds());
        List<Map<String, Object>> alerts = new ArrayList<>();
        for (LedgerEntry e : entries) {
            Map<String, Object> row = Rows.alert(e, known);
            row.put("mayAck", e.firing() && !e.acknowledged() && access.mayAct(viewer, e));
            row.put("history", coordination.history(e.fingerprint()).stream().map(Rows::history).toList());
            alerts.add(row);
        }
        model.put("alerts", alerts);
        ctx.html(views.render("commitment", model));
    }

    private void party(Context ctx) {
        guard.required(ctx);
        String name = ctx.pathParam("name");
        List<Commitment> commitments = partyCommitments(name);
        Map<String, Object> model = Page.model(ctx, guard, name);
        model.put("party", name);
        Map<String, Integer> firing = new java.util.HashMap<>();
        coordination.alerts(AlertQuery.builder().status(AlertQuery.Status.ACTIVE)
                        .commitments(commitments.stream().map(Commitment::id).collect(Collectors.toSet()))
                        .everything().build())
                .entries().forEach(e -> firing.merge(e.alert().commitment(), 1, Integer::sum));
        model.put("commitments", commitments.stream().map(c -> {
            Map<String, Object> row = Rows.commitment(c);
            row.put("role", c.parties().contains(name) ? "party" : "invited");
            row.put("firing", firing.getOrDefault(c.id(), 0));
            return row;
        }).toList());
        model.put("exportUrl", "/parties/" + Urls.segment(name) + "/commitments.csv");
        ctx.html(views.render("party", model));
    }

    private List<Commitment> partyCommitments(String name) {
        List<Commitment> commitments = registry.get().commitments().stream()
                .filter(c -> c.parties().contains(name) || c.invited().contains(name)).toList();
        if (commitments.isEmpty()) {
            throw new NotFound("No commitment names the party \"" + name + "\".");
        }
        return commitments;
    }

    private void timeline(Context ctx) {
        guard.required(ctx);
        Map<String, Object> model = Page.model(ctx, guard, "Timeline");
        model.putAll(Timeline.of(filtered(ctx), LocalDate.now(clock)));
        model.put("party", orEmpty(ctx.queryParam("party")));
        model.put("topic", orEmpty(ctx.queryParam("topic")));
        model.put("openOnly", "on".equals(ctx.queryParam("open")));
        model.put("exportUrl", "/export/commitments.csv" + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        ctx.html(views.render("timeline", model));
    }

    /** The registry's commitments filtered by ?party, ?topic and ?open=on. */
    private List<Commitment> filtered(Context ctx) {
        String party = ActionRoutes.blankToNull(ctx.queryParam("party"));
        String topic = ActionRoutes.blankToNull(ctx.queryParam("topic"));
        boolean open = "on".equals(ctx.queryParam("open"));
        return registry.get().commitments().stream()
                .filter(c -> party == null || c.parties().contains(party) || c.invited().contains(party))
                .filter(c -> topic == null || c.topics().contains(topic))
                .filter(c -> !open || c.isOpen())
                .toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
