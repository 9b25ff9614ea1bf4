package io.pactwatch.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the database is, from the {@code database:} section of the config.
 *
 * @param url         the JDBC URL: an H2 file database (the embedded default) or PostgreSQL
 * @param user        the user name; may be empty for H2
 * @param passwordEnv the name of the environment variable that holds the password; null when none is needed.
 *                    The password itself is never stored in a file, a log or an exception message.
 */
public record DatabaseSettings(String url, String user, String passwordEnv) {

    /** The embedded database's file, without the {@code .mv.db} suffix H2 adds, relative to the home. */
    public static final String DEFAULT_H2_FILE = "var/pactwatch";
    /**
     * PostgreSQL mode gives H2 the dialect this project writes (ON CONFLICT, SKIP LOCKED); lower-case names match
     * PostgreSQL's folding; DB_CLOSE_DELAY=-1 keeps the database open for the life of the process (docs/architecture.md).
     */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";DB_CLOSE_DELAY=-1";
    /** The options an H2 URL written by hand needs to behave like the embedded default. */
    public static final String H2_RECOMMENDED_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    public static final String DEFAULT_USER = "pactwatch";
    /** How every H2 URL starts; any other URL is PostgreSQL's. */
    public static final String H2_PREFIX = "jdbc:h2:";
    /** H2 leaves closing the database to the process ({@link Database#close()}) instead of its JVM exit hook. */
    static final String H2_CLOSED_BY_PROCESS = "DB_CLOSE_ON_EXIT=FALSE";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
    }

    /** The embedded default: an H2 file database under {@code home/var/}. */
    public static DatabaseSettings embedded(Path home) {
        return h2File(home.resolve(DEFAULT_H2_FILE));
    }

    /** An H2 file database at {@code file} (without {@code .mv.db}). */
    public static DatabaseSettings h2File(Path file) {
        return new DatabaseSettings(H2_PREFIX + "file:" + file.toAbsolutePath().normalize() + H2_OPTIONS, DEFAULT_USER,
                null);
    }

    /**
     * These settings for a process that stops in its own shutdown hook (the daemon). H2's exit hook runs at the same
     * time and would close the database under jobs that are still finishing (a SIGTERM during an
     * evaluation failed it with "Database is already closed"); with this option {@link Database#close()} shuts
     * H2 down last instead. PostgreSQL URLs, H2 URLs that already say DB_CLOSE_ON_EXIT, and H2 URLs with
     * AUTO_SERVER=TRUE (which H2 refuses to combine with DB_CLOSE_ON_EXIT=FALSE) are kept as they are.
     */
    public DatabaseSettings closedByTheProcess() {
        String options = url.toUpperCase(Locale.ROOT);
        return isH2() && !options.contains("DB_CLOSE_ON_EXIT") && !options.contains("AUTO_SERVER=TRUE")
                ? new DatabaseSettings(url + ";" + H2_CLOSED_BY_PROCESS, user, passwordEnv) : this;
    }

    /** Whether H2 waits for {@link Database#close()} to shut the database down. */
    boolean h2ClosedByTheProcess() {
        return isH2() && url.toUpperCase(Locale.ROOT).contains(H2_CLOSED_BY_PROCESS);
    }

    /** Whether this is an H2 database (the embedded default), which only one process can open as a file. */
    public boolean isH2() {
        return url.startsWith(H2_PREFIX);
    }

    /**
     * False for an H2 file database whose file does not exist yet: it holds nothing, and reading it would create
     * it. Read-only commands use this to leave the database alone until a command that stores something ran.
     */
    public boolean mayHoldData() {
        String file = H2_PREFIX + "file:";
        if (!url.startsWith(file)) {
            return true;
        }
        int options = url.indexOf(';');
        String path = url.substring(file.length(), options < 0 ? url.length() : options);
        return java.nio.file.Files.exists(Path.of(path + ".mv.db"));
    }

    /** The URL without its credentials or options, for messages. */
    public String describe() {
        int options = url.indexOf(';');
        int query = url.indexOf('?');
        int cut = options < 0 ? query : query < 0 ? options : Math.min(options, query);
        return masked(cut < 0 ? url : url.substring(0, cut));
    }

    /**
     * {@code url} (or a message quoting it) with its secrets replaced by {@code ***}: the password of a
     * {@code user:password@host} authority and the value of any {@code password=} option or parameter. Every URL a message shows goes
     * through here.
     */
    public static String masked(String url) {
        // Not only after "//": a driver that cannot parse the authority quotes it as a host name, "user:secret@host".
        return url.replaceAll("([^\\s/?#;@:]+):[^\\s/?#;@]+@", "$1:***@")
                .replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    /**
     * Why an H2 URL cannot hold this project's ledger, or null when it can: the SQL is PostgreSQL's (ON CONFLICT,
     * FOR UPDATE SKIP LOCKED), which H2 runs only in its PostgreSQL mode.
     */
    public String h2ModeProblem() {
        if (!isH2() || url.toUpperCase(Locale.ROOT).contains(";MODE=POSTGRESQL")) {
            return null;
        }
        return "an H2 URL needs MODE=PostgreSQL (Pactwatch's SQL is PostgreSQL's); append \""
                + H2_RECOMMENDED_OPTIONS + "\" to it";
    }
}
