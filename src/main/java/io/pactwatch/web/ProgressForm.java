package io.pactwatch.web;

import io.javalin.http.Context;
import io.pactwatch.coordination.Coordination;
import io.pactwatch.model.Labels;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.progress.Origin;
import io.pactwatch.progress.RecordedProgress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The record-progress form (kind, date, note), from the console and from a digest's link: recorded as a stored
 * fact with origin "web" and the person as its author; validated by the application like registry progress.
 */
final class ProgressForm {

    private ProgressForm() {
    }

    /** Records the form's progress on {@code commitment} by {@code by}; returns what to tell the person. */
    static String record(Context ctx, Coordination coordination, String commitment, String by) {
        String kindText = String.valueOf(ctx.formParam("kind"));
        ProgressKind kind = Labels.parse(ProgressKind.class, kindText).orElseThrow(() -> new BadRequest(
                "Choose what happened: one of " + String.join(", ", Labels.all(ProgressKind.class)) + "."));
        LocalDate on;
        try {
            on = LocalDate.parse(String.valueOf(ctx.formParam("date")).strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("Give the day it happened, written 2019-04-15. Nothing was recorded.");
        }
        RecordedProgress recorded = coordination.recordProgress(commitment, kind, on,
                ActionRoutes.blankToNull(ctx.formParam("note")), by, Origin.WEB.label());
        return "Recorded: " + kind.label() + " on " + on + " for " + commitment + ", " + recorded.provenance()
                + ". The next evaluation counts it.";
    }
}
