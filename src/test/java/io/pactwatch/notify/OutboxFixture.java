package io.pactwatch.notify;

import io.pactwatch.store.Database;
import io.pactwatch.store.TestDatabases;
import io.pactwatch.store.TestDatabases.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * What the delivery tests share: a fresh database per test on the engine it names, a clock the test moves by
 * hand, numbered messages in the outbox, delivery runs with the shipped or given settings, and the rows as
 * {@code outbox list} shows them.
 */
abstract class OutboxFixture {

    /** The clock's start unless a test says otherwise: a morning of the seed registry's as-of day. */
    static final String START = "2019-05-01T06:00:00Z";

    @TempDir
    Path dir;

    Database db;
    final Fixtures.MovableClock clock;

    OutboxFixture() {
        this(START);
    }

    OutboxFixture(String start) {
        clock = Fixtures.MovableClock.at(start);
    }

    @AfterEach
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    /** Opens this test's database (H2's file under {@link #dir}). */
    void open(Engine engine) {
        db = TestDatabases.open(engine, dir.resolve("db"));
    }

    /** Enqueues {@link Fixtures#enqueueNumbered numbered} messages, due now. */
    void enqueue(int count) {
        Fixtures.enqueueNumbered(db, count, clock.instant());
    }

    /** One delivery run with the shipped settings. */
    Delivery.Report deliver(Transport transport) {
        return deliver(transport, DeliverySettings.defaults());
    }

    Delivery.Report deliver(Transport transport, DeliverySettings settings) {
        return Fixtures.delivery(db, transport, clock, settings).deliverDue();
    }

    /** Every outbox row, oldest first. */
    List<OutboxEntry> entries() {
        return new Outbox(db, clock).list().stream().sorted(Comparator.comparing(OutboxEntry::id)).toList();
    }

    /** The outbox row of the message to {@code recipient}. */
    OutboxEntry entryOf(String recipient) {
        return entries().stream().filter(e -> e.recipient().equals(recipient)).findFirst().orElseThrow();
    }
}
