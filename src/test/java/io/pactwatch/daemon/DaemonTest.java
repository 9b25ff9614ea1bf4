package io.pactwatch.daemon;

import io.pactwatch.config.ConfigLoader;
import io.pactwatch.config.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daemon in-process on real parts: Quartz on an H2 file database, the file transport, real rule and registry
 * files edited while it runs, and /health and /metrics over HTTP.
 */
class DaemonTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private Path rules;
    private Path registry;
    private Path mail;
    private int port;
    private Daemon daemon;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void copyInputs() throws IOException {
        rules = Inputs.copy(Path.of("rules"), home.resolve("rules"));
        registry = Inputs.copy(Path.of("commitments"), home.resolve("commitments"));
        Inputs.copy(Path.of("config/templates"), home.resolve("config/templates"));
        mail = home.resolve("var/mail");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        if (daemon != null) {
            daemon.close();
        }
    }

    private Settings settings(String cron) throws IOException {
        Path config = Files.writeString(home.resolve("pactwatch.yaml"), """
                routes:
                  - to: ops@example.org
                schedule:
                  cron: "%s"
                  delivery-interval-seconds: 1
                daemon:
                  health-port: %d
                  shutdown-grace-seconds: 10
                  admin: [admin@example.org]
                """.formatted(cron, port));
        return ConfigLoader.load(config, home);
    }

    @Test
    void evaluatesOnTheScheduleAndDeliversTheDigests() throws Exception {
        daemon = Daemon.start(settings("0/2 * * * * ?"), null, Clock.systemUTC(), Map.of(), "test");

        await().atMost(BOUND).until(() -> emails("ops@example.org") >= 1);
        assertThat(daemon.status().lastEvaluation()).get().satisfies(e -> {
            assertThat(e.ok()).isTrue();
            assertThat(e.alerts()).isPositive();
        });
    }

    @Test
    void healthAndMetricsReportWhatTheDocsSay() throws Exception {
        daemon = Daemon.start(settings("0/2 * * * * ?"), null, Clock.systemUTC(), Map.of(), "test");
        await().atMost(BOUND).until(() -> daemon.status().lastEvaluation().isPresent());

        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"", "\"lastEvaluation\":{\"at\":", "\"result\":\"ok\"",
                "\"outbox\":{\"pending\":", "\"rules\":{\"loaded\":9", "\"lastReload\":\"ok\"");
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("pactwatch_evaluations_total{result=\"ok\"}",
                "pactwatch_evaluation_duration_seconds_count", "pactwatch_alerts{rule=\"overdue\",severity=\"critical\"}",
                "pactwatch_messages_total{outcome=\"sent\"}", "pactwatch_outbox_messages{state=\"pending\"}",
                "pactwatch_reload_failures_total");
    }

    @Test
    void aBrokenRuleEditKeepsTheOldRulesReports503AndTellsTheAdmins() throws Exception {
        daemon = Daemon.start(settings("0/2 * * * * ?"), null, Clock.systemUTC(), Map.of(), "test");
        await().atMost(BOUND).until(() -> daemon.status().lastEvaluation().isPresent());

        Files.writeString(rules.resolve("gaps.drl"), "package pactwatch;\nrule \"broken\" when Nothing( then end\n");

        await().atMost(BOUND).until(() -> get("/health").statusCode() == 503);
        assertThat(get("/health").body()).contains("\"lastReload\":\"failed\"", "gaps.drl:2");
        await().atMost(BOUND).until(() -> emails("admin@example.org") == 1);
        Instant after = Instant.now();
        await().atMost(BOUND).until(() -> daemon.status().lastEvaluation().get().at().isAfter(after));
        assertThat(daemon.status().lastEvaluation().get().ok()).as("evaluation goes on with the old rules").isTrue();

        Files.copy(Path.of("rules/gaps.drl"), rules.resolve("gaps.drl"), StandardCopyOption.REPLACE_EXISTING);

        await().atMost(BOUND).until(() -> get("/health").statusCode() == 200);
        assertThat(get("/metrics").body()).contains("pactwatch_reload_failures_total 1.0");
    }

    @Test
    void aRegistryDirectoryRemovedIsReported503AndOnceRecreatedItsEditsArePickedUpAgain() throws Exception {
        daemon = Daemon.start(settings("0 0 0 1 1 ? 2099"), null, Clock.systemUTC(), Map.of(), "test");
        Path aside = Files.move(registry, home.resolve("moved-away"));

        await().atMost(BOUND).until(() -> get("/health").statusCode() == 503);
        assertThat(get("/health").body()).contains("\"watcher\":{\"status\":\"failing\"", "not watching");

        Files.move(aside, registry);
        Files.writeString(registry.resolve("added.yaml"), """
                commitments:
                  - {id: added-after-the-move, title: Added after the move, kind: event, parties: [Russia],
                     due: 2001, announced: 2000-01-01}
                """);

        await().atMost(BOUND).until(() -> get("/health").statusCode() == 200
                && daemon.inputs().current().registry().commitment("added-after-the-move").isPresent());
        assertThat(get("/health").body()).contains("\"watcher\":{\"status\":\"ok\"");
    }

    @Test
    void aRegistryEditShowsUpInTheNextEvaluation() throws Exception {
        daemon = Daemon.start(settings("0/2 * * * * ?"), null, Clock.systemUTC(), Map.of(), "test");
        await().atMost(BOUND).until(() -> daemon.status().lastEvaluation().isPresent());
        int before = daemon.status().lastEvaluation().get().alerts();

        Files.writeString(registry.resolve("added.yaml"), """
                commitments:
                  - {id: added-while-running, title: Added while running, kind: event, parties: [Russia],
                     due: 2001, announced: 2000-01-01}
                """);

        await().atMost(BOUND).until(() -> daemon.status().lastEvaluation().get().alerts() == before + 1);
        assertThat(get("/health").body()).contains("\"commitments\":25");
    }

    @Test
    void aDaemonThatMissedFireTimesEvaluatesOnceWhenItComesBack() throws Exception {
        Settings every10s = settings("0/10 * * * * ?");
        daemon = Daemon.start(every10s, null, Clock.systemUTC(), Map.of(), "test");
        await().atMost(BOUND).until(() -> daemon.status().lastEvaluation().isPresent());
        Instant fired = daemon.status().lastEvaluation().get().at();
        daemon.close();
        // Down across two fire times: 10 s and 20 s after the last run.
        await().atMost(BOUND).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().isAfter(fired.plusSeconds(21)));

        daemon = Daemon.start(every10s, null, Clock.systemUTC(), Map.of(), "test");

        await().atMost(Duration.ofSeconds(5)).until(() -> evaluations() >= 1);
        Instant caughtUp = Instant.now();
        // The next regular fire is at least 5 s away: had every missed fire been replayed, they would be here now.
        await().atMost(Duration.ofSeconds(4)).pollDelay(Duration.ofSeconds(3))
                .until(() -> Instant.now().isAfter(caughtUp.plusSeconds(3)));
        assertThat(evaluations()).isEqualTo(1);
    }

    @Test
    void aChangedConfigIsReportedAsNeedingARestart() throws Exception {
        Settings settings = settings("0/2 * * * * ?");
        Path config = home.resolve("pactwatch.yaml");
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Daemon.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged = new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        ch.qos.logback.classic.Level level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.WARN); // logback-test.xml prints errors only
        try {
            daemon = Daemon.start(settings, config, Clock.systemUTC(), Map.of(), "test");
            Files.writeString(config, Files.readString(config) + "# edited\n");
            Files.setLastModifiedTime(config, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));

            await().atMost(BOUND).until(() -> logged.list.stream()
                    .anyMatch(e -> e.getFormattedMessage().contains("changed: restart pactwatch to apply it")));
        } finally {
            logger.detachAppender(logged);
            logger.setLevel(level);
        }
    }

    private double evaluations() throws Exception {
        return get("/metrics").body().lines().filter(l -> l.startsWith("pactwatch_evaluations_total{result=\"ok\"}"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long emails(String recipient) throws IOException {
        if (!Files.isDirectory(mail)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(mail)) {
            return files.filter(f -> f.getFileName().toString().contains(recipient)).count();
        }
    }
}
