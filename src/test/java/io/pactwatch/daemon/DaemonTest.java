package io.pactwatch.daemon;

import io.pactwatch.config.ConfigLoader;
import io.pactwatch.config.Settings;
import io.pactwatch.store.Database;
import io.pactwatch.store.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronExpression;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daemon in-process on real parts: Quartz on an H2 file database, the file transport, real rule and registry
 * files edited while it runs, and /health and /metrics over HTTP. No test waits for a cron: each fires the pass job
 * itself, through the scheduler or with the fire time it chooses, and the catch-up test gives the daemon a clock
 * that runs behind. {@code GracefulStopIT} is the one test on the real cron, in a real process.
 */
class DaemonTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    /** A cron that never fires while a test runs: the tests fire the pass job themselves. */
    private static final String NEVER = "0 0 0 1 1 ? 2099";

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
        return settings(cron, "UTC");
    }

    private Settings settings(String cron, String zone) throws IOException {
        Path config = Files.writeString(home.resolve("pactwatch.yaml"), """
                routes:
                  - to: ops@example.org
                schedule:
                  cron: "%s"
                  zone: %s
                  delivery-interval-seconds: 1
                daemon:
                  health-port: %d
                  shutdown-grace-seconds: 10
                  admin: [admin@example.org]
                """.formatted(cron, zone, port));
        return ConfigLoader.load(config, home);
    }

    @Test
    void theRunScheduledForADayIsAsOfThatDayInTheScheduleZoneEvenWhenItFiresDaysLater() throws Exception {
        daemon = Daemon.start(settings(NEVER, "Europe/Moscow"), null, Clock.systemUTC(), Map.of(), "test");
        // 00:30 on 1 May in Moscow (UTC+3) is still 30 April in UTC; recovered after a crash two days later.
        Instant scheduled = Instant.parse("2019-04-30T21:30:00Z");

        runPassJob(scheduled, Instant.parse("2019-05-02T06:00:00Z"), true);

        assertThat(daemon.status().lastPass()).get().satisfies(pass -> {
            assertThat(pass.asOf()).isEqualTo(LocalDate.of(2019, 5, 1));
            assertThat(pass.ok()).isTrue();
            assertThat(pass.alerts()).isPositive();
        });
        assertThat(get("/health").body()).contains("\"asOf\":\"2019-05-01\"");
        assertThat(emails("ops@example.org")).as("the pass's digest, delivered by the same run").isEqualTo(1);
    }

    /** The rules declared in the pack's files, counted from the text, so that a rule an author adds counts too. */
    private static long rulesIn(Path pack) throws IOException {
        try (Stream<Path> files = Files.list(pack)) {
            long count = 0;
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                count += Files.readAllLines(drl).stream().filter(line -> line.matches("\\s*rule\\s+\".*")).count();
            }
            return count;
        }
    }

    @Test
    void healthAndMetricsReportWhatTheDocsSay() throws Exception {
        daemon = Daemon.start(settings(NEVER), null, Clock.systemUTC(), Map.of(), "test");
        runPassNow();

        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"", "\"lastEvaluation\":{\"at\":", "\"result\":\"ok\"",
                "\"outbox\":{\"pending\":", "\"rules\":{\"loaded\":" + rulesIn(rules) + ",", "\"lastReload\":\"ok\"",
                "\"watcher\":{\"status\":\"ok\",\"error\":null}");
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("pactwatch_evaluations_total{result=\"ok\"}",
                "pactwatch_evaluation_duration_seconds_count", "pactwatch_alerts{rule=\"overdue\",severity=\"critical\"}",
                "pactwatch_messages_total{outcome=\"sent\"}", "pactwatch_outbox_messages{state=\"pending\"}",
                "pactwatch_reload_failures_total");
    }

    @Test
    void aBrokenRuleEditKeepsTheOldRulesReports503AndTellsTheAdmins() throws Exception {
        daemon = Daemon.start(settings(NEVER), null, Clock.systemUTC(), Map.of(), "test");

        Files.writeString(rules.resolve("gaps.drl"), "package pactwatch;\nrule \"broken\" when Nothing( then end\n");

        await().atMost(BOUND).until(() -> get("/health").statusCode() == 503);
        assertThat(get("/health").body()).contains("\"lastReload\":\"failed\"", "gaps.drl:2");
        await().atMost(BOUND).until(() -> emails("admin@example.org") == 1);
        assertThat(runPassNow().ok()).as("the pass goes on with the old rules").isTrue();

        Files.copy(Path.of("rules/gaps.drl"), rules.resolve("gaps.drl"), StandardCopyOption.REPLACE_EXISTING);

        await().atMost(BOUND).until(() -> get("/health").statusCode() == 200);
        assertThat(get("/metrics").body()).contains("pactwatch_reload_failures_total 1.0");
    }

    @Test
    void aRegistryDirectoryRemovedIsReported503AndOnceRecreatedItsEditsArePickedUpAgain() throws Exception {
        daemon = Daemon.start(settings(NEVER), null, Clock.systemUTC(), Map.of(), "test");
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
    void aRegistryEditShowsUpInTheNextPass() throws Exception {
        daemon = Daemon.start(settings(NEVER), null, Clock.systemUTC(), Map.of(), "test");
        int before = runPassNow().alerts();

        Files.writeString(registry.resolve("added.yaml"), """
                commitments:
                  - {id: added-while-running, title: Added while running, kind: event, parties: [Russia],
                     due: 2001, announced: 2000-01-01}
                """);
        await().atMost(BOUND).until(() -> daemon.inputs().current().registry().commitment("added-while-running")
                .isPresent());

        // more, not exactly one more: a rule an author adds may fire on the new commitment too
        assertThat(runPassNow().alerts()).isGreaterThan(before);
        assertThat(get("/health").body()).contains("\"commitments\":25");
    }

    @Test
    void fireTimesMissedWhileTheDaemonWasDownAreCaughtUpByOnePassAsOfTodayNotOnePerMissedDay() throws Exception {
        // A daily cron twelve hours from now, so that no regular fire falls within the test.
        String daily = "0 0 " + (ZonedDateTime.now(ZoneOffset.UTC).getHour() + 12) % 24 + " * * ?";
        // A clock three days behind stores a schedule whose next fire is three days old: what a daemon down for
        // three days finds in its tables when it comes back.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        daemon = Daemon.start(settings(daily), null, Clock.offset(Clock.systemUTC(), Duration.ofDays(-3)), Map.of(),
                "test");

        DaemonStatus.LastPass caughtUp = await().atMost(BOUND).until(() -> daemon.status().lastPass(),
                Optional::isPresent).orElseThrow();
        assertThat(caughtUp.asOf()).isBetween(today, LocalDate.now(ZoneOffset.UTC));
        Instant next = daemon.nextPass().orElseThrow();
        CronExpression cron = new CronExpression(daily);
        cron.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        assertThat(next).as("nothing missed is left to replay").isAfter(Instant.now())
                .isEqualTo(cron.getNextValidTimeAfter(new Date()).toInstant());
        assertThat(evaluations("ok")).isEqualTo(1);

        daemon.close();
        daemon = Daemon.start(settings(daily), null, Clock.systemUTC(), Map.of(), "test");

        assertThat(daemon.nextPass()).as("a restart keeps the stored schedule, and with it any misfire").contains(next);
    }

    @Test
    void aPassFiredWhileAnotherRunsWaitsForItRatherThanOverlapping() throws Exception {
        Path running = home.resolve("pass-running");
        Files.writeString(rules.resolve("one-at-a-time.drl"), """
                package pactwatch;

                import io.pactwatch.model.Commitment;

                rule "one-pass-at-a-time"
                    @severity("info")
                    @category("test")
                    @description("Fails a pass that starts while another one runs")
                when
                    Commitment(id == "one-pass-at-a-time")
                then
                    java.nio.file.Path running = java.nio.file.Path.of("%s");
                    java.nio.file.Files.createFile(running); // throws while another pass holds it
                    Thread.sleep(500);
                    java.nio.file.Files.delete(running);
                end
                """.formatted(running));
        Files.writeString(registry.resolve("one-at-a-time.yaml"), """
                commitments:
                  - {id: one-pass-at-a-time, title: Held by one pass at a time, kind: other, parties: [Russia],
                     status: fulfilled, announced: 2000-01-01}
                """);
        daemon = Daemon.start(settings(NEVER), null, Clock.systemUTC(), Map.of(), "test");

        daemon.scheduler().triggerJob(QuartzSetup.PASS_JOB);
        daemon.scheduler().triggerJob(QuartzSetup.PASS_JOB);

        await().atMost(BOUND).until(() -> evaluations("ok") + evaluations("failed") == 2);
        assertThat(evaluations("failed")).as("passes that overlapped another").isZero();
    }

    @Test
    void aScheduleStoredByAnEarlierVersionWhoseJobClassWasRenamedStillRuns() throws Exception {
        Settings settings = settings(NEVER);
        Daemon.start(settings, null, Clock.systemUTC(), Map.of(), "test").close();
        try (Database db = Database.open(settings.database(), Map.of())) {
            db.inTransaction(c -> {
                Sql.update(c, "UPDATE qrtz_job_details SET job_class_name = ? WHERE job_name = ?",
                        "io.pactwatch.daemon.DaemonJobs$EvaluationJob", QuartzSetup.PASS_JOB.getName());
                // what an older node beside a newer one leaves: it could not load the class the newer one stored
                return Sql.update(c, "UPDATE qrtz_triggers SET trigger_state = 'ERROR' WHERE trigger_name = ?",
                        QuartzSetup.PASS_TRIGGER.getName());
            });
        }

        daemon = Daemon.start(settings, null, Clock.systemUTC(), Map.of(), "test");

        assertThat(daemon.scheduler().getTriggerState(QuartzSetup.PASS_TRIGGER)).isEqualTo(Trigger.TriggerState.NORMAL);
        assertThat(runPassNow().ok()).isTrue();
    }

    @Test
    void aChangedConfigIsReportedAsNeedingARestart() throws Exception {
        Settings settings = settings(NEVER);
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

    /** Fires the pass job through Quartz now, as the cron would, and returns the pass it ran. */
    private DaemonStatus.LastPass runPassNow() throws Exception {
        DaemonStatus.LastPass before = daemon.status().lastPass().orElse(null);
        daemon.scheduler().triggerJob(QuartzSetup.PASS_JOB);
        return await().atMost(BOUND).until(() -> daemon.status().lastPass().orElse(before), pass -> pass != before);
    }

    /** Runs the pass job as Quartz runs a fire at {@code fired} of the time {@code scheduled}, and waits for it. */
    private void runPassJob(Instant scheduled, Instant fired, boolean recovering) throws Exception {
        Scheduler scheduler = daemon.scheduler();
        JobDetail job = scheduler.getJobDetail(QuartzSetup.PASS_JOB);
        OperableTrigger trigger = (OperableTrigger) scheduler.getTriggersOfJob(QuartzSetup.PASS_JOB).get(0);
        TriggerFiredBundle bundle = new TriggerFiredBundle(job, trigger, null, recovering, Date.from(fired),
                Date.from(scheduled), null, trigger.getNextFireTime());
        Job instance = DaemonJobs.factory(daemon).newJob(bundle, scheduler);
        instance.execute(new JobExecutionContextImpl(scheduler, bundle, instance));
    }

    private double evaluations(String result) throws Exception {
        return get("/metrics").body().lines()
                .filter(l -> l.startsWith("pactwatch_evaluations_total{result=\"" + result + "\"}"))
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
