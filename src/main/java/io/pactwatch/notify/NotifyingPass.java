package io.pactwatch.notify;

import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.Notice;
import io.pactwatch.ledger.RepeatPolicy;
import io.pactwatch.model.Alert;
import io.pactwatch.registry.Registry;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The notifying pass: evaluate → recall → decide → acknowledged → silenced → record → route → compose → enqueue,
 * each a {@link PassStage} with one job, all in one database transaction, so that a decision to notify and its
 * messages commit together or not at all (exactly-once decisions; delivery is separate and at-least-once).
 * {@code evaluate --notify} and the daemon's evaluation job call {@link #run}; {@code preview} runs the same
 * stages but enqueue, and rolls back (docs/architecture.md, "The notifying pass").
 */
public final class NotifyingPass {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyingPass.class);

    private final Database db;
    private final Clock clock;
    private final List<PassStage> stages;

    /**
     * What a pass found, decided and enqueued.
     *
     * @param trail every alert the pass considered, with each stage's answer about it
     */
    public record Result(List<Alert> alerts, List<Notice> notices, List<Digest> digests, List<OutboxMessage> messages,
                         int enqueued, List<AlertInPass> trail) {
    }

    public NotifyingPass(Evaluator evaluator, Registry registry, Database db, Ledger ledger, RepeatPolicy repeat,
                         Routing routing, DigestMail mail, Clock clock) {
        this.db = db;
        this.clock = clock;
        List<PassStage> all = new ArrayList<>();
        all.add(new EvaluateStage(evaluator, registry));
        all.addAll(deciding(ledger, repeat));
        all.addAll(List.of(new RouteStage(routing), new ComposeStage(mail), new EnqueueStage()));
        this.stages = List.copyOf(all);
    }

    /** The stages from the ledger's reading to its writing: what is told, and why, for alerts already evaluated. */
    static List<PassStage> deciding(Ledger ledger, RepeatPolicy repeat) {
        return List.of(new RecallStage(ledger), new DecideStage(repeat), new AcknowledgedStage(),
                new SilencedStage(), new RecordStage(ledger));
    }

    /** The stages' names, in order (docs/architecture.md lists them). */
    public List<String> stageNames() {
        return stages.stream().map(PassStage::name).toList();
    }

    /** Evaluates as of {@code asOf}, records the ledger and enqueues the digests; commits once, durably. */
    public Result run(LocalDate asOf) {
        return db.inDurableTransaction(c -> run(c, asOf, stages));
    }

    /** The same pass in a transaction that is rolled back: what {@link #run} would enqueue, changing nothing. */
    Result dryRun(LocalDate asOf) {
        return db.dryRun(c -> run(c, asOf, stages.stream().filter(s -> !(s instanceof EnqueueStage)).toList()));
    }

    private Result run(Connection c, LocalDate asOf, List<PassStage> stages) throws SQLException {
        PassState pass = new PassState(c, asOf, clock.instant());
        for (PassStage stage : stages) {
            long start = System.nanoTime();
            stage.run(pass);
            LOG.debug("pass as of {}: {} took {} ms", asOf, stage.name(), (System.nanoTime() - start) / 1_000_000);
        }
        return new Result(pass.evaluated, pass.notices, List.copyOf(pass.digests), List.copyOf(pass.messages),
                pass.enqueued, List.copyOf(pass.alerts()));
    }
}
