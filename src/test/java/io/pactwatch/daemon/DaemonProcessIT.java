package io.pactwatch.daemon;

import io.pactwatch.bench.RegistryGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code pactwatch run} as a separate JVM, stopped with SIGTERM in the middle of an evaluation (issue 4). */
class DaemonProcessIT {

    private static final Path JAR = Path.of("target/pactwatch.jar").toAbsolutePath();
    private static final Path HOME = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private Process process;

    @AfterEach
    void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void sigtermDuringAnEvaluationLetsItFinishLeavesNoClaimAndExitsZero() throws Exception {
        Path registry = dir.resolve("registry");
        new RegistryGenerator(3).write(4_000, registry);
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Path config = Files.writeString(dir.resolve("pactwatch.yaml"), """
                registry: %s
                database:
                  url: "%s"
                mail:
                  directory: %s
                routes:
                  - to: ops@example.org
                schedule:
                  cron: "0/2 * * * * ?"
                daemon:
                  health-port: 0
                  shutdown-grace-seconds: 60
                """.formatted(registry, url, dir.resolve("mail")));
        Path log = dir.resolve("daemon.log");
        process = new ProcessBuilder("java", "-Dpactwatch.home=" + HOME, "-jar", JAR.toString(), "run", "--config",
                config.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();

        await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(log).contains("evaluating as of"));
        process.destroy(); // SIGTERM

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("stopping: no new runs", "stopped");
        List<String> lines = output.lines().toList();
        int stopping = indexOf(lines, "stopping: no new runs");
        assertThat(lines.subList(stopping, lines.size())).as("the running evaluation finished after SIGTERM")
                .anyMatch(l -> l.contains("evaluated as of"));
        try (Connection db = DriverManager.getConnection(url, io.pactwatch.store.DatabaseSettings.DEFAULT_USER, "");
             ResultSet rows = db.createStatement().executeQuery("select count(*) from outbox where status = 'sending'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("messages left claimed").isZero();
        }
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text);
    }

}
