package io.pactwatch.notify;

import io.pactwatch.ledger.Deadlines;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.Notice;
import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.progress.ProgressHistory;
import io.pactwatch.progress.ProgressStore;
import io.pactwatch.registry.Registry;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.store.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One notifying pass: evaluate the rules, update the ledger, and enqueue the digests, all in one database
 * transaction, so that a decision to notify and its messages commit together or not at all (exactly-once
 * decisions; delivery is separate and at-least-once). The CLI ({@code evaluate --notify}), a scheduled job and the
 * tests all call {@link #run}: there is one way to evaluate.
 */
public final class Evaluation {

    private final Evaluator evaluator;
    private final Registry registry;
    private final Database db;
    private final Ledger ledger;
    private final Routing routing;
    private final DigestMail mail;
    private final Clock clock;

    /** What a pass found, decided and enqueued. */
    public record Result(List<Alert> alerts, List<Notice> notices, List<Digest> digests, List<OutboxMessage> messages,
                         int enqueued) {
    }

    public Evaluation(Evaluator evaluator, Registry registry, Database db, Ledger ledger, Routing routing,
                      DigestMail mail, Clock clock) {
        this.evaluator = evaluator;
        this.registry = registry;
        this.db = db;
        this.ledger = ledger;
        this.routing = routing;
        this.mail = mail;
        this.clock = clock;
    }

    /** Evaluates as of {@code asOf}, records the ledger and enqueues the digests; commits once. */
    public Result run(LocalDate asOf) {
        return db.inDurableTransaction(c -> {
            Result planned = plan(c, asOf);
            int enqueued = 0;
            for (OutboxMessage message : planned.messages()) {
                enqueued += Outbox.enqueue(c, message, clock.instant()) ? 1 : 0;
            }
            return new Result(planned.alerts(), planned.notices(), planned.digests(), planned.messages(), enqueued);
        });
    }

    /** The same pass in a transaction that is rolled back: what {@link #run} would enqueue, changing nothing. */
    Result dryRun(LocalDate asOf) {
        return db.dryRun(c -> plan(c, asOf));
    }

    private Result plan(Connection c, LocalDate asOf) throws SQLException {
        // read in the pass's own transaction: progress recorded from the web counts from the next pass on
        ProgressHistory progress = ProgressHistory.of(registry, ProgressStore.all(c));
        Registry merged = progress.registry();
        List<Alert> alerts = evaluator.evaluate(merged, asOf);
        Registry known = merged.asKnownOn(asOf);
        List<Notice> notices = ledger.record(c, known, alerts, asOf);
        List<Digest> digests = new ArrayList<>();
        List<OutboxMessage> messages = new ArrayList<>();
        for (Map.Entry<String, List<Notice>> routed : routing.route(notices, known).entrySet()) {
            Digest digest = Digest.of(routed.getKey(), asOf, routed.getValue(), known, progress);
            List<Ics.Deadline> deadlines = new ArrayList<>();
            for (Commitment commitment : digest.upcomingDeadlines()) {
                deadlines.add(new Ics.Deadline(commitment, Deadlines.track(c, commitment.id(), commitment.due().end())));
            }
            digests.add(digest);
            messages.add(mail.compose(digest, deadlines, clock.instant()));
        }
        return new Result(alerts, notices, digests, messages, 0);
    }
}
