package io.pactwatch.daemon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM on a single node with the default embedded database (H2): the evaluation under way finishes, its
 * digest is delivered, and the process exits 0 (docs/operations.md). H2's own exit hook used to close the database under the
 * running evaluation, which then failed with "Database is already closed".
 *
 * <p>This is the one test of the schedule on the real clock: the process's own cron fires within two seconds,
 * and the test waits on what that fire does. The in-process tests ({@code DaemonTest}) fire the pass job
 * themselves, with the fire time they choose.
 */
class GracefulStopIT {

    private static final int EVALUATION_MILLIS = 3000;

    @TempDir
    Path dir;

    private DaemonProcess daemon;

    @AfterEach
    void stop() throws IOException {
        if (daemon != null) {
            daemon.destroy("GracefulStopIT");
        }
    }

    @Test
    void sigtermDuringAnEvaluationLetsItFinishAndDeliverThenExitsZero() throws Exception {
        Path evaluating = dir.resolve("evaluating");
        DaemonProcess.copyRulesWithASlowOne(dir.resolve("rules"), EVALUATION_MILLIS, evaluating);
        DaemonProcess.writeRegistry(dir.resolve("registry"));
        daemon = DaemonProcess.start("node", dir, port -> """
                registry: %1$s/registry
                rules: %1$s/rules
                database:
                  url: jdbc:h2:file:%1$s/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1
                notify:
                  templates: %2$s/config/templates
                mail:
                  directory: %1$s/mail
                routes:
                  - to: [ops@example.org]
                schedule:
                  cron: "0/2 * * * * ?"
                daemon:
                  health-port: %3$d
                  shutdown-grace-seconds: 20
                """.formatted(dir, DaemonProcess.REPO, port));

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(evaluating));
        daemon.process.destroy(); // SIGTERM

        assertThat(daemon.process.waitFor(30, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
        String log = daemon.log();
        assertThat(daemon.process.exitValue()).as(log).isZero();
        assertThat(log).doesNotContain("ERROR").containsSubsequence("stopping: no new runs",
                "evaluated as of", "1 digest enqueued", "delivered: 1 sent", "stopped");
        try (Stream<Path> mail = Files.list(dir.resolve("mail"))) {
            assertThat(mail.map(f -> f.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).startsWith("digest_").endsWith(".eml"));
        }
    }
}
