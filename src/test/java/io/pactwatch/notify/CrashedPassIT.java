package io.pactwatch.notify;

import io.pactwatch.synthetic.RegistryGenerator;
import io.pactwatch.store.Database;
import io.pactwatch.store.DatabaseSettings;
import io.pactwatch.store.Sql;
import io.pactwatch.store.TestDatabases;
import io.pactwatch.store.TestDatabases.Engine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code evaluate --notify} as a real process on a generated registry, killed with SIGKILL at seeded random points
 * of the pass, on each engine. After every kill the ledger, the history and the outbox must agree: a decision to
 * tell is never stored without its message and its history row, nor a message without its decision, and nothing
 * is told twice but the at-least-once redelivery of a message under its own Message-ID (docs/operations-guarantees.md).
 */
class CrashedPassIT {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path JAR = REPO.resolve("target/pactwatch.jar");
    private static final int COMMITMENTS = 2000;
    private static final int KILLS = 6;
    private static final Duration LEASE = Duration.ofSeconds(8);
    private static final long SEED = 12;
    /** Days between passes: more than the warning's repeat interval, so that each pass has something to tell. */
    private static final int DAYS_APART = 8;
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 5, 1);
    private static final Pattern ACK = Pattern.compile("bin/pactwatch ack ([0-9a-f]{16})\\b");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?m)^Message-ID: (\\S+)");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0}")
    @EnumSource(Engine.class)
    void aPassKilledAtAnyPointLeavesEveryDecisionWithItsMessageAndNothingToldTwice(Engine engine) throws Exception {
        DatabaseSettings database = TestDatabases.settings(engine, dir).closedByTheProcess();
        new RegistryGenerator(SEED).write(COMMITMENTS, dir.resolve("registry"));
        Path config = Files.writeString(dir.resolve("pactwatch.yaml"), """
                registry: %1$s/registry
                rules: %2$s/rules
                database:
                  url: "%3$s"
                  user: %4$s
                notify:
                  templates: %2$s/config/templates
                mail:
                  directory: %1$s/mail
                  # one digest tells every alert in full, so that each one is found in it by its fingerprint
                  max-message-bytes: 50000000
                delivery:
                  # a killed pass's claim must expire within the test, so that the last pass can deliver it
                  lease-seconds: %5$d
                  pass-deadline-seconds: 5
                routes:
                  - to: ops@example.org
                """.formatted(dir, REPO, database.url(), database.user(), LEASE.toSeconds()));
        Random random = new Random(SEED);
        LocalDate day = FIRST_DAY;

        long full = timed(() -> assertThat(pass(config, FIRST_DAY).waitFor()).isZero());
        check(database);
        int killedMidPass = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            day = day.plusDays(DAYS_APART);
            Process pass = pass(config, day);
            // Most of a pass is the JVM and the rules starting; the kills land in its second half and just after.
            boolean finished = pass.waitFor((long) (full * (0.45 + 0.65 * random.nextDouble())), TimeUnit.MILLISECONDS);
            if (!finished) {
                pass.destroyForcibly(); // SIGKILL on Linux
                pass.waitFor();
                killedMidPass++;
            }
            check(database);
        }
        // A message a killed pass had claimed is taken again once its lease expires (at-least-once): wait for that.
        await().atMost(LEASE.multipliedBy(3)).until(() -> leasedNow(database) == 0);
        assertThat(pass(config, day.plusDays(DAYS_APART)).waitFor()).as("a pass after the crashes").isZero();
        check(database);
        assertThat(killedMidPass).as("kills that landed before the pass ended").isGreaterThan(KILLS / 3);
        try (Database db = Database.open(database, Map.of())) {
            List<String> unsent = db.inTransaction(c -> Sql.query(c, "select status from outbox where status <> 'sent'",
                    row -> row.getString("status")));
            assertThat(unsent).as("everything was delivered in the end").isEmpty();
        }
    }

    private static int leasedNow(DatabaseSettings settings) {
        try (Database db = Database.open(settings, Map.of())) {
            return db.inTransaction(c -> Sql.query(c, "select id from outbox where status = 'sending' and lease_until > ?",
                    row -> row.getLong("id"), Instant.now())).size();
        }
    }

    private Process pass(Path config, LocalDate day) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dpactwatch.home=" + REPO, "-jar", JAR.toString(), "evaluate", "--notify", "--as-of", day.toString(),
                "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("passes.log").toFile()))
                .start();
    }

    /** The invariant, read from the database and the delivered files the way an operator would find them. */
    private void check(DatabaseSettings settings) throws IOException {
        try (Database db = Database.open(settings, Map.of())) {
            db.inTransaction(c -> {
                assertThat(Sql.query(c, "select a.fingerprint from alert a where a.last_notified is not null and not exists"
                        + " (select 1 from alert_event e where e.fingerprint = a.fingerprint and e.as_of = a.last_notified"
                        + " and e.decision = 'notify')", row -> row.getString("fingerprint")))
                        .as("alerts recorded as told with no history of being told").isEmpty();
                assertThat(Sql.query(c, "select fingerprint from alert_event where decision = 'notify'"
                        + " group by fingerprint, as_of having count(*) > 1", row -> row.getString("fingerprint")))
                        .as("alerts told twice on one day").isEmpty();
                Map<LocalDate, Set<String>> told = toldByDay(c);
                Map<LocalDate, Set<String>> inMessages = inMessagesByDay(c);
                for (Map.Entry<LocalDate, Set<String>> day : told.entrySet()) {
                    assertThat(inMessages.getOrDefault(day.getKey(), Set.of())).as("told on %s, in its digests", day.getKey())
                            .containsAll(day.getValue());
                }
                for (Map.Entry<LocalDate, Set<String>> day : inMessages.entrySet()) {
                    assertThat(told.getOrDefault(day.getKey(), Set.of())).as("in digests of %s, told that day", day.getKey())
                            .containsAll(day.getValue());
                    assertThat(Sql.query(c, "select as_of from evaluation where as_of = ?", row -> 1, day.getKey()))
                            .as("the evaluation of %s", day.getKey()).hasSize(1);
                }
                return null;
            });
        }
        assertOneMessageIdPerDigest();
    }

    private static Map<LocalDate, Set<String>> toldByDay(Connection c) throws SQLException {
        Map<LocalDate, Set<String>> told = new HashMap<>();
        for (String[] row : Sql.query(c, "select fingerprint, as_of from alert_event where decision = 'notify'",
                row -> new String[] {row.getString("fingerprint"), Sql.date(row, "as_of").toString()})) {
            told.computeIfAbsent(LocalDate.parse(row[1]), d -> new HashSet<>()).add(row[0]);
        }
        return told;
    }

    /** The fingerprints each day's digests tell, by the acknowledgement command printed under each alert. */
    private static Map<LocalDate, Set<String>> inMessagesByDay(Connection c) throws SQLException {
        Map<LocalDate, Set<String>> told = new HashMap<>();
        for (String[] row : Sql.query(c, "select idempotency_key, message from outbox"
                        + " join outbox_message on outbox_message.outbox_id = outbox.id",
                row -> new String[] {row.getString("idempotency_key"), row.getString("message")})) {
            LocalDate day = LocalDate.parse(row[0].split("/")[1]);
            Set<String> fingerprints = told.computeIfAbsent(day, d -> new HashSet<>());
            Matcher ack = ACK.matcher(plainText(row[1]));
            while (ack.find()) {
                fingerprints.add(ack.group(1));
            }
        }
        return told;
    }

    /** The decoded text/plain part of a stored message (the digest's encoding may be quoted-printable or base64). */
    private static String plainText(String raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            return DigestDeliveryTest.text(message, "text/plain");
        } catch (Exception e) {
            throw new IllegalStateException("an outbox message that does not parse as MIME", e);
        }
    }

    /** A digest delivered again after a crash is the same message (its file, its Message-ID), never a second one. */
    private void assertOneMessageIdPerDigest() throws IOException {
        Path mail = dir.resolve("mail");
        if (!Files.isDirectory(mail)) {
            return;
        }
        Map<String, Set<String>> ids = new HashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(mail)) {
            // a .writing-*.eml file is a copy a killed pass did not finish writing: never a delivered message
            list.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .filter(f -> !f.getFileName().toString().startsWith(FileTransport.PARTIAL_PREFIX))
                    .forEach(files::add);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String digest = name.substring(0, name.lastIndexOf('_'));
            Matcher id = MESSAGE_ID.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            assertThat(id.find()).as("%s has a Message-ID", name).isTrue();
            ids.computeIfAbsent(digest, d -> new HashSet<>()).add(id.group(1));
        }
        ids.forEach((digest, messageIds) -> assertThat(messageIds).as("Message-IDs of %s", digest).hasSize(1));
    }

    private static long timed(ThrowingRunnable run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
