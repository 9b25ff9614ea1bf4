package io.pactwatch.notify;

import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.Notice;
import io.pactwatch.model.Alert;
import io.pactwatch.progress.ProgressHistory;
import io.pactwatch.registry.Registry;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the notifying pass carries from stage to stage, in its one transaction: each stage reads what the stages
 * before it set and sets its own part. Data flows one way: no stage changes what an earlier one set.
 */
final class PassState {

    final Connection connection;
    final LocalDate asOf;
    final Instant now;
    /** Set by the evaluate stage: progress from files and the store, the registry as known on the day, alerts. */
    ProgressHistory progress;
    Registry known;
    List<Alert> evaluated = List.of();
    /** Set by the recall stage: what the ledger held, and one entry per alert that fires or stopped firing. */
    Ledger.Snapshot ledger;
    private final List<AlertInPass> alerts = new ArrayList<>();
    /** Set by the record stage: what is told. */
    List<Notice> notices = List.of();
    /** Set by the route stage. */
    Map<String, List<Notice>> routed = Map.of();
    /** Set by the compose stage. */
    final List<Digest> digests = new ArrayList<>();
    final List<OutboxMessage> messages = new ArrayList<>();
    /** Set by the enqueue stage. */
    int enqueued;

    PassState(Connection connection, LocalDate asOf, Instant now) {
        this.connection = connection;
        this.asOf = asOf;
        this.now = now;
    }

    List<AlertInPass> alerts() {
        return alerts;
    }

    void add(AlertInPass alert) {
        alerts.add(alert);
    }
}
