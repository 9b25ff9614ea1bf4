package io.pactwatch.app;

import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Silence;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.notify.Outbox;
import io.pactwatch.notify.OutboxEntry;
import io.pactwatch.store.Database;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@link Coordination} on this process's own database: each call is one transaction. */
final class LocalCoordination implements Coordination {

    private final Database db;
    private final Ledger ledger;
    private final Outbox outbox;

    LocalCoordination(Database db, Ledger ledger, Outbox outbox) {
        this.db = db;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    @Override
    public List<LedgerEntry> alerts() {
        return db.inTransaction(ledger::list);
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
            throw new InvalidInputException("outbox retry", List.of(Problem.at(Path.of("outbox"), 0,
                    "no dead or pending message has id " + messageId + "; `pactwatch outbox` lists them")));
        }
    }

    @Override
    public int purgeSent(Instant before) {
        return outbox.purgeSent(before);
    }
}
