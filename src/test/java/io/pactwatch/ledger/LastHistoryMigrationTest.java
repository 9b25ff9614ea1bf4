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
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A ledger written before alert rows kept their last history row gets it when it is upgraded. */
class LastHistoryMigrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void anAlertOfAnOlderLedgerKeepsItsLatestReasonAfterTheUpgrade(TestDatabases.Engine engine) throws SQLException {
        DatabaseSettings settings = TestDatabases.migratedTo("9", engine, dir);
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), null)) {
            Sql.update(c, "insert into alert (fingerprint, rule, commitment, severity, message, state, first_seen,"
                    + " last_seen, last_notified) values ('f1', 'r', 'c1', ?, 'm', 'firing', ?, ?, ?)",
                    Ledger.label(Severity.values()[0]), DAY, DAY.plusDays(1), DAY);
            for (Object[] event : new Object[][] {{DAY, HistoryEntry.NOTIFY, "told"},
                    {DAY.plusDays(1), HistoryEntry.QUIET, "repeat interval not elapsed"}}) {
                Sql.update(c, "insert into alert_event (fingerprint, as_of, decision, reason) values ('f1', ?, ?, ?)",
                        event);
            }
            Sql.update(c, "insert into evaluation (as_of, ran_at) values (?, ?)", DAY.plusDays(1),
                    java.time.Instant.EPOCH);
        }
        try (Database upgraded = Database.open(settings, Map.of())) {
            Ledger.Snapshot snapshot = upgraded.inTransaction(c -> new Ledger(Clock.systemUTC()).begin(c,
                    DAY.plusDays(2)));

            assertThat(snapshot.lastEvents()).containsExactly(Map.entry("f1",
                    new HistoryEntry(DAY.plusDays(1), HistoryEntry.QUIET, "repeat interval not elapsed")));
            assertThat(snapshot.firing().get("f1").lastNotified()).as("the notice is still found").isEqualTo(DAY);
        }
    }
}
