package io.pactwatch.store;

import io.pactwatch.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void aTransactionThatThrowsLeavesNothingBehind(TestDatabases.Engine engine) {
        try (Database db = TestDatabases.open(engine, dir)) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                Sql.update(c, "insert into evaluation (as_of, ran_at) values (?, ?)", LocalDate.of(2019, 1, 1),
                        java.time.Instant.EPOCH);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");

            assertThat(count(db)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void onConflictDoNothingKeepsTheFirstRowOnBothEngines(TestDatabases.Engine engine) {
        try (Database db = TestDatabases.open(engine, dir)) {
            for (int i = 0; i < 2; i++) {
                db.inTransaction(c -> Sql.update(c, "insert into evaluation (as_of, ran_at) values (?, ?)"
                        + " on conflict do nothing", LocalDate.of(2019, 1, 1), java.time.Instant.EPOCH));
            }
            assertThat(count(db)).isEqualTo(1);
        }
    }

    @Test
    void aDryRunIsRolledBack() {
        try (Database db = TestDatabases.open(TestDatabases.Engine.H2, dir)) {
            db.dryRun(c -> Sql.update(c, "insert into evaluation (as_of, ran_at) values (?, ?)",
                    LocalDate.of(2019, 1, 1), java.time.Instant.EPOCH));
            assertThat(count(db)).isZero();
        }
    }

    @Test
    void theEmbeddedDatabaseSurvivesAReopen() {
        DatabaseSettings settings = DatabaseSettings.h2File(dir.resolve("kept"));
        try (Database db = Database.open(settings, Map.of())) {
            db.inTransaction(c -> Sql.update(c, "insert into evaluation (as_of, ran_at) values (?, ?)",
                    LocalDate.of(2019, 1, 1), java.time.Instant.EPOCH));
        }
        try (Database db = Database.open(settings, Map.of())) {
            assertThat(count(db)).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseTheProcessClosesItselfIsShutDownAndReleasesItsFileOnClose() throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2File(dir.resolve("daemon")).closedByTheProcess();
        Path file = dir.resolve("daemon.mv.db");
        try (Database db = Database.open(settings, Map.of())) {
            db.inTransaction(c -> Sql.update(c, "insert into evaluation (as_of, ran_at) values (?, ?)",
                    LocalDate.of(2019, 1, 1), java.time.Instant.EPOCH));
            assertThatThrownBy(() -> lock(file)).as("H2 holds its file while open")
                    .isInstanceOf(java.nio.channels.OverlappingFileLockException.class);
        }

        lock(file);
        try (Database db = Database.open(settings, Map.of())) {
            assertThat(count(db)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:h2:file:/x;MODE=PostgreSQL                      | jdbc:h2:file:/x;MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE
            jdbc:h2:file:/x;db_close_on_exit=true                | jdbc:h2:file:/x;db_close_on_exit=true
            jdbc:h2:file:/x;AUTO_SERVER=TRUE                     | jdbc:h2:file:/x;AUTO_SERVER=TRUE
            jdbc:postgresql://db.example.org/pactwatch           | jdbc:postgresql://db.example.org/pactwatch
            """)
    void onlyAnH2DatabaseIsLeftForTheProcessToClose(String url, String closedByTheProcess) {
        assertThat(new DatabaseSettings(url, "app", null).closedByTheProcess().url()).isEqualTo(closedByTheProcess);
    }

    /** Takes and releases an exclusive lock on {@code file}: fails while H2 (in this JVM) holds it. */
    private static void lock(Path file) throws java.io.IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.lock().release();
        }
    }

    @Test
    void aMissingPasswordVariableIsNamedButNoPasswordIsPrinted() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://localhost:1/x", "app", "PW_VAR");

        assertThatThrownBy(() -> Database.open(settings, Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PW_VAR")
                .hasMessageContaining("is not set");
    }

    @Test
    void aRefusedConnectionIsReportedWithoutThePassword() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/x", "app", "PW_VAR");

        assertThatThrownBy(() -> Database.open(settings, Map.of("PW_VAR", "s3cret-value")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot connect to jdbc:postgresql://127.0.0.1:1/x")
                .hasMessageNotContaining("s3cret-value");
    }

    private static long count(Database db) {
        List<Long> rows = db.inTransaction(c -> Sql.query(c, "select count(*) as n from evaluation",
                r -> r.getLong("n")));
        return rows.get(0);
    }
}
