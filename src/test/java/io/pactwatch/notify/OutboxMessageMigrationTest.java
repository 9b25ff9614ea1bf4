package io.pactwatch.notify;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A message waiting in the outbox of an older database is still there, whole, after the upgrade. */
class OutboxMessageMigrationTest {

    private static final String RAW = "From: pactwatch@example.org\r\nTo: ops@example.org\r\nSubject: waiting\r\n"
            + "Message-ID: <waiting@example.org>\r\n\r\nbody\r\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void aMessageEnqueuedBeforeTheUpgradeIsClaimedWithItsTextAfterIt(TestDatabases.Engine engine)
            throws SQLException {
        DatabaseSettings settings = TestDatabases.migratedTo("10", engine, dir);
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), null)) {
            Sql.update(c, "insert into outbox (idempotency_key, recipient, subject, message, status, attempts,"
                    + " next_attempt_at, created_at) values ('key-1', 'ops@example.org', 'waiting', ?, 'pending', 0,"
                    + " ?, ?)", RAW, Instant.EPOCH, Instant.EPOCH);
        }
        try (Database upgraded = Database.open(settings, Map.of())) {
            assertThat(new Outbox(upgraded, Clock.systemUTC()).claim(10, Duration.ofMinutes(5)))
                    .extracting(Outbox.Claimed::key, Outbox.Claimed::raw).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("key-1", RAW));
        }
    }
}
