package io.pactwatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.pactwatch.coordination.Coordination;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Silence;
import io.pactwatch.model.Labels;
import io.pactwatch.registry.Registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The console's forms: acknowledge (coordinators of the alert, admins), silences and the outbox (admins). Each is
 * a POST with the CSRF token; each answers with a page saying what was done.
 */
final class ManageRoutes implements WebServer.Routes {

    static final List<String> SILENCE_COLUMNS = List.of("id", "matcher", "value", "until", "by", "comment");
    static final List<String> OUTBOX_COLUMNS = List.of("id", "recipient", "subject", "status", "attempts");

    private final Coordination coordination;
    private final Supplier<Registry> registry;
    private final Access access;
    private final Guard guard;
    private final Views views;

    ManageRoutes(Coordination coordination, Supplier<Registry> registry, Access access, Guard guard, Views views) {
        this.coordination = coordination;
        this.registry = registry;
        this.access = access;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.post("/alerts/{fingerprint}/acknowledge", this::acknowledge);
        config.routes.post("/commitments/{id}/progress", ctx -> {
            guard.checkForm(ctx);
            Viewer viewer = guard.required(ctx);
            String id = ctx.pathParam("id");
            if (!access.mayRecord(viewer, id, coordination.alertsOf(id))) {
                throw new Forbidden(403, "The alerts of " + id + " are not routed to " + viewer.address()
                        + "; ask its coordinator or an admin.");
            }
            Page.message(ctx, views, guard, 200, "Progress recorded", ProgressForm.record(ctx, coordination, id,
                    viewer.address()));
        });
        config.routes.get("/silences", ctx -> {
            guard.required(ctx);
            Map<String, Object> model = Page.model(ctx, guard, "Silences");
            model.put("silences", coordination.silences().stream().map(Rows::silence).toList());
            ctx.html(views.render("silences", model));
        });
        config.routes.post("/silences", this::silence);
        config.routes.get("/export/silences.csv", ctx -> {
            guard.required(ctx);
            Csv.send(ctx, "silences", SILENCE_COLUMNS, coordination.silences().stream().map(Rows::silence).toList());
        });
        config.routes.get("/outbox", ctx -> {
            admin(ctx);
            Map<String, Object> model = Page.model(ctx, guard, "Outbox");
            model.put("messages", coordination.outbox().stream().map(Rows::outbox).toList());
            ctx.html(views.render("outbox", model));
        });
        config.routes.post("/outbox/{id}/retry", ctx -> {
            guard.checkForm(ctx);
            admin(ctx);
            long id = ctx.pathParamAsClass("id", Long.class).getOrThrow(e -> new BadRequest("no such message"));
            coordination.retry(id);
            Page.message(ctx, views, guard, 200, "Retrying", "Message " + id + " is due again now; the next "
                    + "delivery run sends it.");
        });
        config.routes.get("/export/outbox.csv", ctx -> {
            admin(ctx);
            Csv.send(ctx, "outbox", OUTBOX_COLUMNS, coordination.outbox().stream().map(Rows::outbox).toList());
        });
    }

    private Viewer admin(Context ctx) {
        Viewer viewer = guard.required(ctx);
        if (!viewer.admin()) {
            throw new Forbidden(403, "Only admins (daemon.admin) may do this.");
        }
        return viewer;
    }

    private void acknowledge(Context ctx) {
        guard.checkForm(ctx);
        Viewer viewer = guard.required(ctx);
        String fingerprint = ctx.pathParam("fingerprint");
        LedgerEntry entry = coordination.alert(fingerprint).orElseThrow(() -> new NotFound("Pactwatch knows no alert " + fingerprint + "."));
        if (!access.mayAct(viewer, entry)) {
            throw new Forbidden(403, "This alert is not routed to " + viewer.address() + " and its commitment does "
                    + "not name you; ask its coordinator or an admin.");
        }
        var done = ActionRoutes.alreadyDone(entry);
        if (done.isPresent()) {
            Page.message(ctx, views, guard, 200, "Nothing to do", done.get());
            return;
        }
        LocalDate until = ActionRoutes.until(ctx);
        coordination.acknowledge(fingerprint, until, viewer.address(), ActionRoutes.blankToNull(ctx.formParam("comment")));
        Page.message(ctx, views, guard, 200, "Acknowledged", "Acknowledged by " + viewer.address() + " "
                + (until == null ? "until it resolves or its severity rises." : "until " + until + "."));
    }

    private void silence(Context ctx) {
        guard.checkForm(ctx);
        Viewer viewer = admin(ctx);
        Silence.Matcher matcher = Labels.parse(Silence.Matcher.class, String.valueOf(ctx.formParam("matcher")))
                .orElseThrow(() -> new BadRequest("Choose what to silence: commitment, party or topic."));
        String value = ActionRoutes.blankToNull(ctx.formParam("value"));
        if (value == null) {
            throw new BadRequest("Name the " + matcher.label() + " to silence.");
        }
        LocalDate until;
        try {
            until = LocalDate.parse(String.valueOf(ctx.formParam("until")).strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("A silence needs an end date written 2019-06-30.");
        }
        Silence silence = coordination.silence(matcher, value, until, viewer.address(),
                ActionRoutes.blankToNull(ctx.formParam("comment")));
        Page.message(ctx, views, guard, 200, "Silenced", "Added " + silence.describe() + ".");
    }
}
