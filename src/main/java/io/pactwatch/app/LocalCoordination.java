package io.pactwatch.app;

import io.pactwatch.ledger.AlertPage;
import io.pactwatch.ledger.AlertPages;
import io.pactwatch.ledger.AlertQuery;
import io.pactwatch.coordination.Coordination;
import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Silence;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Labels;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.notify.NotifyingPass;
import io.pactwatch.notify.Outbox;
import io.pactwatch.notify.OutboxEntry;
import io.pactwatch.notify.Preview;
import io.pactwatch.progress.Origin;
import io.pactwatch.progress.ProgressHistory;
import io.pactwatch.progress.ProgressStore;
import io.pactwatch.progress.RecordedProgress;
import io.pactwatch.registry.ProgressValidation;
import io.pactwatch.registry.Registry;
import io.pactwatch.store.Database;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** {@link Coordination} on this process's own database: each call is one transaction. */
final class LocalCoordination implements Coordination {

    private final Database db;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Supplier<Registry> registry;
    private final Supplier<NotifyingPass> pass;
    private final Clock clock;

    /**
     * @param registry   the registry files as they are now, against which recorded progress is checked
     * @param pass       the notifying pass over the current inputs, made when a preview asks for it
     */
    LocalCoordination(Database db, Ledger ledger, Outbox outbox, Supplier<Registry> registry,
                      Supplier<NotifyingPass> pass, Clock clock) {
        this.db = db;
        this.ledger = ledger;
        this.outbox = outbox;
        this.registry = registry;
        this.pass = pass;
        this.clock = clock;
    }

    @Override
    public AlertPage alerts(AlertQuery query) {
        return db.inTransaction(c -> AlertPages.read(c, registry, query));
    }

    @Override
    public List<HistoryEntry> history(String fingerprint) {
        List<HistoryEntry> entries = db.inTransaction(c -> ledger.history(c, fingerprint));
        if (entries.isEmpty()) {
            throw new InvalidInputException("history", List.of(Problem.at(Path.of(fingerprint), 0,
                    "the ledger knows no alert with this fingerprint; `pactwatch alerts` lists them")));
        }
        return entries;
    }

    @Override
    public List<LedgerEntry> acknowledge(String target, LocalDate until, String by, String comment) {
        return db.inTransaction(c -> ledger.acknowledge(c, target, until, by, comment));
    }

    @Override
    public Silence silence(Silence.Matcher matcher, String value, LocalDate until, String by, String comment) {
        return db.inTransaction(c -> ledger.silence(c, matcher, value, until, by, comment));
    }

    @Override
    public List<Silence> silences() {
        return db.inTransaction(ledger::silences);
    }

    @Override
    public List<OutboxEntry> outbox() {
        return outbox.list();
    }

    @Override
    public void retry(long messageId) {
        if (!outbox.retryNow(messageId)) {
            throw problem("outbox retry", "no dead or pending message has id " + messageId
                    + "; `pactwatch outbox` lists them");
        }
    }

    @Override
    public RecordedProgress recordProgress(String commitmentId, ProgressKind kind, LocalDate on, String note,
                                           String by, String origin) {
        Origin where = Labels.parse(Origin.class, origin).filter(o -> o != Origin.FILE)
                .orElseThrow(() -> problem("progress", "unknown origin \"" + origin + "\"; one of: web, cli"));
        if (kind == null || on == null) {
            throw problem("progress", "give the kind of progress and its date");
        }
        if (by == null || by.isBlank()) {
            throw problem("progress", "say who records it");
        }
        Progress progress = new Progress(commitmentId, on, kind, note == null || note.isBlank() ? null : note.strip());
        ProgressValidation.check(registry.get(), progress);
        return db.inTransaction(c -> ProgressStore.record(c, progress, where, by.strip(), clock.instant()));
    }

    @Override
    public List<RecordedProgress> progress(String commitmentId) {
        Registry files = registry.get();
        ProgressValidation.commitment(files, commitmentId);
        return ProgressHistory.of(files, storedProgress()).of(commitmentId);
    }

    @Override
    public List<RecordedProgress> storedProgress() {
        return db.inTransaction(ProgressStore::all);
    }

    @Override
    public int clearProgress(long throughId, boolean evenIfNotInFiles) {
        Registry files = registry.get();
        return db.inTransaction(c -> {
            if (!evenIfNotInFiles) {
                List<RecordedProgress> stored = ProgressStore.all(c);
                List<RecordedProgress> inFiles = ProgressHistory.of(files, stored).alsoInFiles();
                List<String> missing = stored.stream().filter(e -> e.id() <= throughId && !inFiles.contains(e))
                        .map(e -> e.id() + " (" + e.progress().commitment() + " " + e.progress().kind().label() + " "
                                + e.progress().date() + ")").toList();
                if (!missing.isEmpty()) {
                    throw problem("progress clear", "not in the registry files yet, so clearing would lose them: "
                            + String.join(", ", missing) + "; add the file `progress export` writes to the registry"
                            + " first, or pass --even-if-not-in-files");
                }
            }
            return ProgressStore.clearThrough(c, throughId);
        });
    }

    @Override
    public List<Preview.Rendered> preview(LocalDate asOf, String onlyTo) {
        return new Preview(pass.get()).digests(asOf, onlyTo);
    }

    @Override
    public int purgeSent(Instant before) {
        return outbox.purgeSent(before);
    }

    private static InvalidInputException problem(String what, String message) {
        return new InvalidInputException(what, List.of(Problem.at(Path.of(what.split(" ")[0]), 0, message)));
    }
}
