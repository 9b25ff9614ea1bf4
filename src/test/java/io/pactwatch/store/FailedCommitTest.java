package io.pactwatch.store;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

/**
 * A commit the database refuses (its disk full, its connection cut at that moment): a fault no real H2 or
 * PostgreSQL produces on demand, so the connection is a Mockito spy of a real one whose {@code commit()} throws.
 * What the notifying pass wrote in that transaction (the pass's row and its digests in the outbox) must all be gone,
 * and the error must carry the database's reason.
 */
class FailedCommitTest {

    private static final String REASON = "could not write to the database file: No space left on device";

    @TempDir
    Path dir;

    @Test
    void aDurableTransactionWhoseCommitFailsLeavesNeitherThePassNorItsDigestsAndSaysWhy() {
        try (Database db = TestDatabases.open(TestDatabases.Engine.H2, dir)) {
            Database failing = new Database(commitFails((HikariDataSource) db.dataSource()), false);

            assertThatThrownBy(() -> failing.inDurableTransaction(c -> {
                Sql.update(c, "insert into evaluation (as_of, ran_at) values (?, ?)", LocalDate.of(2019, 5, 1),
                        Instant.EPOCH);
                Sql.update(c, "insert into outbox (idempotency_key, recipient, subject, status, attempts,"
                        + " next_attempt_at, created_at) values (?, ?, ?, 'pending', 0, ?, ?)", "digest-1",
                        "ops@example.org", "Pactwatch digest", Instant.EPOCH, Instant.EPOCH);
                return null;
            })).isInstanceOf(StoreException.class).hasMessage(REASON);

            assertThat(count(db, "evaluation")).as("passes recorded").isZero();
            assertThat(count(db, "outbox")).as("digests enqueued").isZero();
        }
    }

    @Test
    void theSameDatabaseCommitsAgainOnceTheFaultIsGone() {
        try (Database db = TestDatabases.open(TestDatabases.Engine.H2, dir)) {
            Database failing = new Database(commitFails((HikariDataSource) db.dataSource()), false);
            assertThatThrownBy(() -> failing.inTransaction(c -> Sql.update(c,
                    "insert into evaluation (as_of, ran_at) values (?, ?)", LocalDate.of(2019, 5, 1), Instant.EPOCH)))
                    .isInstanceOf(StoreException.class);

            db.inTransaction(c -> Sql.update(c, "insert into evaluation (as_of, ran_at) values (?, ?)",
                    LocalDate.of(2019, 5, 1), Instant.EPOCH));

            assertThat(count(db, "evaluation")).isEqualTo(1);
        }
    }

    /** The same pool, whose connections refuse to commit. */
    private static HikariDataSource commitFails(HikariDataSource pool) {
        HikariDataSource spied = spy(pool);
        try {
            doAnswer(get -> {
                Connection connection = spy((Connection) get.callRealMethod());
                doThrow(new SQLException(REASON)).when(connection).commit();
                return connection;
            }).when(spied).getConnection();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return spied;
    }

    private static long count(Database db, String table) {
        List<Long> rows = db.inTransaction(c -> Sql.query(c, "select count(*) as n from " + table,
                r -> r.getLong("n")));
        return rows.get(0);
    }
}
