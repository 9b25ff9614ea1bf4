package io.pactwatch.web;

import io.javalin.config.JavalinConfig;
import io.pactwatch.coordination.Coordination;
import io.pactwatch.ledger.AlertQuery;
import io.pactwatch.ledger.CalendarEntry;
import io.pactwatch.ledger.Deadlines;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.model.Commitment;
import io.pactwatch.notify.Ics;
import io.pactwatch.registry.Registry;
import io.pactwatch.store.Database;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The personal page and its calendar subscription: {@code /calendar/SECRET.ics} serves the deadlines of the
 * commitments the person is told about, with the same UIDs and SEQUENCE as the digests' deadlines.ics, so a
 * subscribed calendar updates entries in place. The secret in the address is the credential (calendar apps send
 * no cookies); renewing it makes the old address answer 404.
 */
final class CalendarRoutes implements WebServer.Routes {

    private final WebStore store;
    private final Coordination coordination;
    private final Supplier<Registry> registry;
    private final Access access;
    private final Guard guard;
    private final Views views;
    private final Database db;
    private final Clock clock;
    private final String organizer;
    private final Supplier<String> baseUrl;

    CalendarRoutes(WebStore store, Coordination coordination, Supplier<Registry> registry, Access access, Guard guard,
                   Views views, Database db, Clock clock, String organizer, Supplier<String> baseUrl) {
        this.store = store;
        this.coordination = coordination;
        this.registry = registry;
        this.access = access;
        this.guard = guard;
        this.views = views;
        this.db = db;
        this.clock = clock;
        this.organizer = organizer;
        this.baseUrl = baseUrl;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get("/me", ctx -> {
            Viewer viewer = guard.required(ctx);
            Map<String, Object> model = Page.model(ctx, guard, "Your settings");
            String url = baseUrl.get() + "/calendar/" + store.calendarSecret(viewer.address()) + ".ics";
            model.put("calendarUrl", url);
            model.put("webcalUrl", url.replaceFirst("^https?://", "webcal://"));
            model.put("role", viewer.admin() ? "admin" : "coordinator");
            ctx.html(views.render("me", model));
        });
        config.routes.post("/me/calendar", ctx -> {
            guard.checkForm(ctx);
            store.renewCalendarSecret(guard.required(ctx).address());
            ctx.redirect("/me");
        });
        config.routes.get("/calendar/{file}", ctx -> {
            String file = ctx.pathParam("file");
            Optional<String> owner = file.endsWith(".ics")
                    ? store.calendarOwner(file.substring(0, file.length() - ".ics".length())) : Optional.empty();
            if (owner.isEmpty()) {
                throw new NotFound("No calendar has this address (it may have been renewed); copy the new one from "
                        + "your page in the console.");
            }
            ctx.contentType("text/calendar; charset=utf-8").result(calendar(access.viewer(owner.get())));
        });
    }

    String calendar(Viewer viewer) {
        Registry known = registry.get();
        Set<String> mine = new HashSet<>();
        List<LedgerEntry> firing = viewer.admin() ? List.of() : coordination.alerts(AlertQuery.builder()
                .status(AlertQuery.Status.ACTIVE).everything().build()).entries();
        for (LedgerEntry e : firing) {
            if (access.mayAct(viewer, e)) {
                mine.add(e.alert().commitment());
            }
        }
        List<Ics.Deadline> deadlines = new ArrayList<>();
        for (CalendarEntry entry : db.inTransaction(Deadlines::all)) {
            Optional<Commitment> c = known.commitment(entry.commitment());
            if (c.isPresent() && c.get().due() != null && (viewer.admin() || mine.contains(entry.commitment())
                    || c.get().coordinators().stream().anyMatch(a -> Access.normalise(a).equals(viewer.address())))) {
                deadlines.add(new Ics.Deadline(c.get(), entry));
            }
        }
        return Ics.of(deadlines, clock.instant(), organizer);
    }
}
