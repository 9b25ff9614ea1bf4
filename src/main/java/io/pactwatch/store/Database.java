package io.pactwatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The application's one database: a HikariCP pool, migrated by Flyway when opened, and the transaction helper
 * every stage writes through. Close it last (after delivery), so that H2's file store shuts down cleanly.
 */
public final class Database implements AutoCloseable {

    /** At most this many connections: a CLI run needs two (a pass and a delivery claim), a daemon a few more. */
    public static final int DEFAULT_POOL_SIZE = 4;
    /** One idle connection keeps an H2 file database open for the whole process (docs/architecture.md). */
    public static final int MIN_IDLE = 1;
    public static final long CONNECT_TIMEOUT_MILLIS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final boolean shutdownOnClose;

    /** Over an open, migrated pool; tests wrap one to inject faults no real database produces on demand. */
    Database(HikariDataSource pool, boolean shutdownOnClose) {
        this.pool = pool;
        this.shutdownOnClose = shutdownOnClose;
    }

    /**
     * Opens the pool and applies pending migrations.
     *
     * @param env the environment, where {@link DatabaseSettings#passwordEnv()} is looked up
     * @throws InvalidInputException when the password variable is unset or the database refuses the connection
     */
    public static Database open(DatabaseSettings settings, Map<String, String> env) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        if (settings.passwordEnv() != null) {
            String password = env.get(settings.passwordEnv());
            if (password == null) {
                throw configProblem("the environment variable " + settings.passwordEnv()
                        + " (database.password-env) is not set; export it with the database password");
            }
            config.setPassword(password);
        }
        config.setMaximumPoolSize(DEFAULT_POOL_SIZE);
        config.setMinimumIdle(MIN_IDLE);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        config.setAutoCommit(false);
        config.setPoolName("pactwatch");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw configProblem("cannot connect to " + settings.describe() + ": " + rootMessage(e));
        }
        try {
            migrate(pool);
        } catch (FlywayException e) {
            pool.close();
            throw configProblem("cannot migrate the database " + settings.describe() + ": " + rootMessage(e));
        }
        return new Database(pool, settings.h2ClosedByTheProcess());
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        return transaction(work, true, false);
    }

    /**
     * Like {@link #inTransaction}, and on H2 the commit is on disk when this returns. H2 writes a commit to its
     * file in the background, within about half a second (WRITE_DELAY): a process killed in that time loses the
     * commit although the caller went on, e.g. to deliver the messages it enqueued. PostgreSQL's commit is durable
     * when it returns. Used for the notifying pass, where what follows the commit is telling people.
     */
    public <T> T inDurableTransaction(SqlWork<T> work) {
        return transaction(work, true, true);
    }

    /**
     * Runs {@code work} in a transaction that is always rolled back: "what would happen", with the same code
     * path as the real thing (used by {@code preview}).
     */
    public <T> T dryRun(SqlWork<T> work) {
        return transaction(work, false, false);
    }

    private <T> T transaction(SqlWork<T> work, boolean commit, boolean durable) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(connection);
                if (commit) {
                    connection.commit();
                    if (durable && connection.getMetaData().getURL().startsWith(DatabaseSettings.H2_PREFIX)) {
                        try (Statement checkpoint = connection.createStatement()) {
                            checkpoint.execute("CHECKPOINT");
                        }
                    }
                } else {
                    connection.rollback();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Closes the pool; then shuts H2 down when it was told to leave that to us (DB_CLOSE_ON_EXIT=FALSE). */
    @Override
    public void close() {
        pool.close();
        if (shutdownOnClose) {
            // DB_CLOSE_DELAY=-1 kept the database open past the pool: a direct connection shuts it down cleanly.
            try (Connection c = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.error("closing the H2 database: {}", e.getMessage());
            }
        }
    }

    private static InvalidInputException configProblem(String message) {
        return new InvalidInputException("database", List.of(Problem.at(Path.of("database"), 0, message)));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return DatabaseSettings.masked(String.valueOf(root.getMessage()).lines().findFirst().orElse(""));
    }

    /** Work done on one connection inside a transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
