package io.pactwatch.ledger;

import io.pactwatch.model.Severity;
import io.pactwatch.store.Database;
import io.pactwatch.store.DatabaseSettings;
import io.pactwatch.store.Sql;
import io.pactwatch.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A ledger written while every pass kept each message current shows the same messages after the upgrade. */
class MessageDayMigrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void firingAndResolvedAlertsOfAnOlderLedgerShowTheirMessagesWithoutAnOlderDay(TestDatabases.Engine engine)
            throws SQLException {
        DatabaseSettings settings = TestDatabases.migratedTo("10", engine, dir);
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), null)) {
            String insert = "insert into alert (fingerprint, rule, commitment, severity, message, state, first_seen,"
                    + " last_seen) values (?, 'r', ?, ?, ?, ?, ?, ?)";
            // a firing row's last_seen is the day it was inserted; the passes since kept its message current
            Sql.update(c, insert, "f1", "c1", Ledger.label(Severity.WARNING), "ends in 9 days", "firing", DAY, DAY);
            Sql.update(c, insert, "f2", "c2", Ledger.label(Severity.INFO), "ended 2 days ago", "resolved", DAY,
                    DAY.plusDays(1));
            for (LocalDate day : new LocalDate[] {DAY, DAY.plusDays(1), DAY.plusDays(2)}) {
                Sql.update(c, "insert into evaluation (as_of, ran_at) values (?, ?)", day, Instant.EPOCH);
            }
        }
        try (Database upgraded = Database.open(settings, Map.of())) {
            Map<String, String> messages = new java.util.HashMap<>();
            upgraded.inTransaction(c -> new Ledger(Clock.systemUTC()).list(c))
                    .forEach(e -> messages.put(e.fingerprint(), e.alert().message()));

            assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.of("f1", "ends in 9 days",
                    "f2", "ended 2 days ago"));
        }
    }
}
