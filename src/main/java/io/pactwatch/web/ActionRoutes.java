package io.pactwatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.pactwatch.coordination.Coordination;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.registry.Registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The pages a digest's links open. A GET (or HEAD: mail scanners fetch links before people do) only shows what
 * the link would do, with a form; the POST from that form acts, once, with the link's recipient as the actor.
 */
final class ActionRoutes implements WebServer.Routes {

    static final String ACKNOWLEDGE = "/act/acknowledge/{token}";
    static final String PROGRESS = "/act/progress/{token}";
    static final String OPEN_ALERT = "/act/open-alert/{token}";
    static final String OPEN_COMMITMENT = "/act/open-commitment/{token}";

    private final TokenSigner signer;
    private final Coordination coordination;
    private final Supplier<Registry> registry;
    private final Access access;
    private final Guard guard;
    private final Views views;

    ActionRoutes(TokenSigner signer, Coordination coordination, Supplier<Registry> registry, Access access,
                 Guard guard, Views views) {
        this.signer = signer;
        this.coordination = coordination;
        this.registry = registry;
        this.access = access;
        this.guard = guard;
        this.views = views;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get(ACKNOWLEDGE, this::confirmAcknowledge);
        config.routes.head(ACKNOWLEDGE, this::confirmAcknowledge);
        config.routes.post(ACKNOWLEDGE, this::acknowledge);
        config.routes.get(PROGRESS, this::confirmProgress);
        config.routes.head(PROGRESS, this::confirmProgress);
        config.routes.post(PROGRESS, ctx -> {
            guard.checkForm(ctx);
            ActionToken token = signer.verify(ctx.pathParam("token"), Action.RECORD_PROGRESS);
            LedgerEntry entry = permitted(token);
            Page.message(ctx, views, guard, 200, "Progress recorded", ProgressForm.record(ctx, coordination,
                    entry.alert().commitment(), token.recipient()));
        });
        config.routes.get(OPEN_ALERT, ctx -> {
            ActionToken token = signer.verify(ctx.pathParam("token"), Action.OPEN_ALERT);
            LedgerEntry entry = entry(token.target());
            ctx.redirect("/commitments/" + Urls.segment(entry.alert().commitment()) + "#" + entry.fingerprint());
        });
        config.routes.get(OPEN_COMMITMENT, ctx -> {
            ActionToken token = signer.verify(ctx.pathParam("token"), Action.OPEN_COMMITMENT);
            ctx.redirect("/commitments/" + Urls.segment(token.target()));
        });
    }

    private void confirmAcknowledge(Context ctx) {
        ActionToken token = signer.verify(ctx.pathParam("token"), Action.ACKNOWLEDGE);
        LedgerEntry entry = permitted(token);
        Map<String, Object> model = Page.model(ctx, guard, "Acknowledge this alert?");
        model.put("recipient", token.recipient());
        model.put("alert", Rows.alert(entry, registry.get()));
        registry.get().commitment(entry.alert().commitment()).ifPresent(c -> model.put("commitment", Rows.commitment(c)));
        Optional<String> done = alreadyDone(entry);
        done.ifPresent(text -> model.put("done", text));
        model.put("open", done.isEmpty());
        ctx.html(views.render("confirm-ack", model));
    }

    private void confirmProgress(Context ctx) {
        ActionToken token = signer.verify(ctx.pathParam("token"), Action.RECORD_PROGRESS);
        LedgerEntry entry = permitted(token);
        Map<String, Object> model = Page.model(ctx, guard, "Record progress");
        model.put("recipient", token.recipient());
        model.put("alert", Rows.alert(entry, registry.get()));
        registry.get().commitment(entry.alert().commitment()).ifPresent(c -> model.put("commitment", Rows.commitment(c)));
        model.put("kinds", Rows.progressKinds());
        model.put("progressAction", "");
        ctx.html(views.render("confirm-progress", model));
    }

    private void acknowledge(Context ctx) {
        guard.checkForm(ctx);
        ActionToken token = signer.verify(ctx.pathParam("token"), Action.ACKNOWLEDGE);
        LedgerEntry entry = permitted(token);
        Optional<String> done = alreadyDone(entry);
        if (done.isPresent()) {
            Page.message(ctx, views, guard, 200, "Nothing to do", done.get());
            return;
        }
        LocalDate until = until(ctx);
        String comment = blankToNull(ctx.formParam("comment"));
        coordination.acknowledge(entry.fingerprint(), until, token.recipient(), comment);
        Page.message(ctx, views, guard, 200, "Acknowledged", "Acknowledged by " + token.recipient() + ": no "
                + "reminders about \u201c" + entry.alert().message() + "\u201d "
                + (until == null ? "until it resolves or its severity rises." : "until " + until + "."));
    }

    /** The alert the token names, if its recipient may still act on it. */
    private LedgerEntry permitted(ActionToken token) {
        LedgerEntry entry = entry(token.target());
        if (!access.mayAct(access.viewer(token.recipient()), entry)) {
            throw new Forbidden(403, "This alert is no longer routed to " + token.recipient()
                    + ", so this link cannot act on it. Nothing was done.");
        }
        return entry;
    }

    private LedgerEntry entry(String fingerprint) {
        return coordination.alert(fingerprint).orElseThrow(() -> new NotFound("Pactwatch knows no such alert any more. Nothing was done."));
    }

    static Optional<String> alreadyDone(LedgerEntry entry) {
        if (!entry.firing()) {
            return Optional.of("This alert resolved on " + entry.resolvedAt() + "; there is nothing to acknowledge.");
        }
        if (entry.acknowledged()) {
            return Optional.of("Already acknowledged by " + entry.ackBy()
                    + (entry.ackAt() == null ? "" : " at " + Rows.time(entry.ackAt()))
                    + (entry.ackUntil() == null ? ", until it resolves or its severity rises." : ", until "
                    + entry.ackUntil() + "."));
        }
        return Optional.empty();
    }

    /** The form's choice: until it resolves (the default), or through a date. */
    static LocalDate until(Context ctx) {
        if (!"date".equals(ctx.formParam("until"))) {
            return null;
        }
        String day = ctx.formParam("until-date");
        try {
            return LocalDate.parse(day == null ? "" : day.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("\u201cuntil a date\u201d needs a date written 2019-06-30; got \u201c" + day
                    + "\u201d. Nothing was done.");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
