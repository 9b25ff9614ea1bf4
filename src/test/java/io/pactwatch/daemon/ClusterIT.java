package io.pactwatch.daemon;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.pactwatch.store.Database;
import io.pactwatch.store.DatabaseSettings;
import io.pactwatch.store.Sql;
import io.pactwatch.store.TestDatabases;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two {@code pactwatch run} processes on one PostgreSQL database with {@code daemon.cluster: true} (docs/operations.md):
 * each fire time is evaluated by exactly one node, each message reaches the SMTP server (GreenMail) once, and when
 * the node running an evaluation is killed with SIGKILL the other one recovers that evaluation, keeps to the
 * schedule and delivers what follows.
 *
 * <p>Evaluations are counted from Quartz's own record: a PostgreSQL trigger copies every row of
 * {@code qrtz_fired_triggers} that turns {@code EXECUTING} into an audit table, with the node and the fire time,
 * and each node's log line "evaluated as of" confirms that the job ran to its end. Messages alone could not show a
 * second evaluation of the same fire time: the ledger and the outbox's idempotency keys make it send nothing.
 */
class ClusterIT {

    private static final int PERIOD_SECONDS = 3;
    private static final String CRON = "0/" + PERIOD_SECONDS + " * * * * ?";
    /** The test rule's sleep: the evaluation the test interrupts, as a large registry would take it. */
    private static final int EVALUATION_MILLIS = 1500;
    /** Clustered nodes check in every second: a dead one is recovered after about 1 + 7.5 s (docs/architecture.md). */
    private static final Duration FAILOVER = Duration.ofSeconds(60);
    private static final int FIRE_TIMES_WITH_BOTH = 4;
    private static final String EVALUATED = "evaluated as of";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private final List<DaemonProcess> nodes = new ArrayList<>();
    private Database db;

    @AfterEach
    void stopEverything() throws IOException {
        for (DaemonProcess node : nodes) {
            node.destroy("ClusterIT");
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void eachFireTimeIsEvaluatedOnceAndTheSurvivorOfAKilledNodeRecoversItsEvaluationAndDeliversTheRest()
            throws Exception {
        DatabaseSettings database = TestDatabases.settings(TestDatabases.Engine.POSTGRESQL, dir);
        db = Database.open(database, Map.of());
        auditQuartzExecutions();
        writeInputs();

        DaemonProcess a = start("a", database);
        DaemonProcess b = start("b", database);
        long bothUp = System.currentTimeMillis();

        // Both nodes share the schedule: several fire times, each evaluated once, each digest received once.
        await().atMost(Duration.ofSeconds(FIRE_TIMES_WITH_BOTH * PERIOD_SECONDS + 30L))
                .until(() -> evaluations().stream().filter(e -> e.scheduled() > bothUp).count() >= FIRE_TIMES_WITH_BOTH
                        && received().size() >= 2);
        assertEachFireTimeEvaluatedOnce(evaluations());
        assertThat(received()).extracting(ClusterIT::recipient)
                .containsExactlyInAnyOrder("turkey-desk@example.org", "duty@example.org");

        // Kill the node that has just started an evaluation, while the evaluation's transaction is open.
        Execution interrupted = await().atMost(Duration.ofSeconds(PERIOD_SECONDS * 4L)).pollInterval(Duration.ofMillis(50))
                .until(this::evaluationJustStarted, Optional::isPresent).orElseThrow();
        DaemonProcess victim = interrupted.instance().equals(a.instance) ? a : b;
        DaemonProcess survivor = victim == a ? b : a;
        victim.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        Instant killed = Instant.now();
        assertThat(executing()).as("the evaluation was still running when its node died").contains(interrupted.entry());

        // A commitment added after the kill: only the survivor can tell it.
        Files.writeString(dir.resolve("registry/later.yaml.tmp"), LATER);
        Files.move(dir.resolve("registry/later.yaml.tmp"), dir.resolve("registry/later.yaml"),
                StandardCopyOption.ATOMIC_MOVE);

        await().atMost(FAILOVER).untilAsserted(() -> {
            List<Execution> evaluations = evaluations();
            assertThat(evaluations).filteredOn(Execution::recovering).singleElement()
                    .satisfies(e -> assertThat(e.scheduled()).isEqualTo(interrupted.scheduled()));
            assertThat(evaluations).filteredOn(e -> !e.recovering() && e.fired() > killed.toEpochMilli())
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(received()).hasSize(3);
            assertThat(outboxStatuses()).containsOnlyKeys("sent");
        });
        Execution recovered = evaluations().stream().filter(Execution::recovering).findFirst().orElseThrow();
        System.out.printf("ClusterIT: %s killed mid-evaluation; %s ran the recovered evaluation %d ms after the kill%n",
                victim.name, survivor.name, recovered.fired() - killed.toEpochMilli());
        assertThat(survivor.health()).as("the survivor's /health").startsWith("{\"status\":\"ok\"")
                .contains("\"result\":\"ok\"", "\"commitments\":3");

        // The survivor stops gracefully; then everything that happened can be counted.
        survivor.process.destroy();
        assertThat(survivor.process.waitFor(30, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
        assertThat(survivor.process.exitValue()).as(survivor.log()).isZero();

        List<Execution> evaluations = evaluations();
        assertEachFireTimeEvaluatedOnce(evaluations);
        assertThat(recovered.instance()).isEqualTo(survivor.instance);
        assertThat(a.count(EVALUATED) + b.count(EVALUATED)).as("completed evaluations: all but the interrupted one")
                .isEqualTo(evaluations.size() - 1);
        System.out.printf("ClusterIT: evaluations per node: %s%n", evaluations.stream()
                .collect(Collectors.groupingBy(e -> e.instance().equals(a.instance) ? "a" : "b", Collectors.counting())));

        assertThat(received()).extracting(ClusterIT::recipient)
                .containsExactlyInAnyOrder("turkey-desk@example.org", "duty@example.org", "duty@example.org");
        assertThat(received()).extracting(ClusterIT::messageId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(outboxMessageIds());
        assertThat(outboxStatuses()).isEqualTo(Map.of("sent", 3L));
        assertThat(received()).filteredOn(m -> body(m).contains("ru-ir-later")).hasSize(1);
    }

    /**
     * No fire time is evaluated twice, and the regular fire times form a run on the cron's period, except across a
     * failover: fire times missed there by more than the misfire threshold are folded into one catch-up run at an
     * unaligned time (misfire policy "fire once now", docs/operations.md), never replayed one by one.
     */
    private static void assertEachFireTimeEvaluatedOnce(List<Execution> evaluations) {
        List<Long> fireTimes = evaluations.stream().filter(e -> !e.recovering()).map(Execution::scheduled).sorted().toList();
        assertThat(fireTimes).doesNotHaveDuplicates();
        long period = PERIOD_SECONDS * 1000L;
        List<Long> aligned = fireTimes.stream().filter(t -> t % period == 0).toList();
        List<Long> catchUps = fireTimes.stream().filter(t -> t % period != 0).toList();
        assertThat(catchUps).as("catch-up runs in %s", fireTimes).hasSizeLessThanOrEqualTo(1);
        int gaps = 0;
        for (int i = 1; i < aligned.size(); i++) {
            long gap = aligned.get(i) - aligned.get(i - 1);
            if (gap != period) {
                gaps++;
                long from = aligned.get(i - 1);
                long to = aligned.get(i);
                assertThat(catchUps).as("fire times %s: a gap is bridged by one catch-up run", fireTimes)
                        .singleElement().satisfies(c -> assertThat(c).isBetween(from, to));
            }
        }
        assertThat(gaps).as("gaps in %s", fireTimes).isLessThanOrEqualTo(1);
    }

    /** Starts a node and waits until its scheduler has checked in to the cluster; learns its Quartz instance id. */
    private DaemonProcess start(String name, DatabaseSettings database) throws IOException {
        List<String> before = instances();
        DaemonProcess node = DaemonProcess.start(name, dir, port -> config(database, port));
        nodes.add(node);
        await().atMost(Duration.ofSeconds(30)).until(() -> instances().size() > before.size());
        node.instance = instances().stream().filter(i -> !before.contains(i)).findFirst().orElseThrow();
        return node;
    }

    private String config(DatabaseSettings database, int healthPort) {
        return """
                registry: %1$s/registry
                rules: %1$s/rules
                database:
                  url: %2$s
                  user: %3$s
                notify:
                  templates: %4$s/config/templates
                mail:
                  transport: smtp
                  host: 127.0.0.1
                  port: %5$d
                  security: none
                  from: pactwatch@example.org
                routes:
                  - match: {party: Turkey}
                    to: [turkey-desk@example.org]
                    continue: true
                  - match: {severity: critical}
                    to: [duty@example.org]
                  - to: [ops@example.org]
                schedule:
                  cron: "%6$s"
                  zone: UTC
                  delivery-interval-seconds: 1
                daemon:
                  health-port: %7$d
                  shutdown-grace-seconds: 10
                  cluster: true
                  cluster-checkin-seconds: 1
                """.formatted(dir, database.url(), database.user(), DaemonProcess.REPO, SMTP.getSmtp().getPort(), CRON, healthPort);
    }

    // --- the inputs both nodes read

    private static final String LATER = """
            source:
              title: Russia and Iran agree on a plan
              publisher: TASS
              published: 2018-11-23
            commitments:
              - id: ru-ir-later
                title: Joint meeting on drug trafficking
                kind: event
                parties: [Russia, Iran]
                due: 2019
            """;

    private void writeInputs() throws IOException {
        DaemonProcess.writeRegistry(dir.resolve("registry"));
        DaemonProcess.copyRulesWithASlowOne(dir.resolve("rules"), EVALUATION_MILLIS, dir.resolve("evaluating"));
    }

    // --- what Quartz did, from its tables

    /** One run of the evaluation job: by which instance, for which fire time, and whether it was a recovery. */
    record Execution(String entry, String instance, long scheduled, long fired, boolean recovering) {
    }

    /** Keeps a copy of every fired-trigger row as Quartz marks it executing (it deletes the row when done). */
    private void auditQuartzExecutions() {
        db.inTransaction(c -> {
            Sql.update(c, "create table executions (entry_id varchar(95) primary key, instance_name varchar(200),"
                    + " trigger_group varchar(200), job_name varchar(200), sched_time bigint, fired_time bigint)");
            Sql.update(c, """
                    create function audit_execution() returns trigger language plpgsql as $$
                    begin
                      if tg_op = 'INSERT' or old.state <> 'EXECUTING' then
                        insert into executions values (new.entry_id, new.instance_name, new.trigger_group,
                          new.job_name, new.sched_time, new.fired_time);
                      end if;
                      return new;
                    end $$""");
            Sql.update(c, "create trigger audit_execution after insert or update on qrtz_fired_triggers"
                    + " for each row when (new.state = 'EXECUTING') execute function audit_execution()");
            return null;
        });
    }

    private List<Execution> evaluations() {
        return db.inTransaction(c -> Sql.query(c, "select entry_id, instance_name, trigger_group, sched_time,"
                        + " fired_time from executions where job_name = 'evaluation' order by fired_time",
                row -> new Execution(row.getString("entry_id"), row.getString("instance_name"), row.getLong("sched_time"),
                        row.getLong("fired_time"), "RECOVERING_JOBS".equals(row.getString("trigger_group")))));
    }

    /** The evaluation an instance fired within the last 300 ms: it has well over a second still to run. */
    private Optional<Execution> evaluationJustStarted() {
        long now = System.currentTimeMillis();
        return db.inTransaction(c -> Sql.query(c, "select entry_id, instance_name, sched_time, fired_time"
                        + " from qrtz_fired_triggers where job_name = 'evaluation' and state = 'EXECUTING'"
                        + " and fired_time > ?", row -> new Execution(row.getString("entry_id"),
                        row.getString("instance_name"), row.getLong("sched_time"), row.getLong("fired_time"), false),
                now - 300)).stream().findFirst();
    }

    private List<String> executing() {
        return db.inTransaction(c -> Sql.query(c, "select entry_id from qrtz_fired_triggers where state = 'EXECUTING'",
                row -> row.getString("entry_id")));
    }

    private List<String> instances() {
        return db.inTransaction(c -> Sql.query(c, "select instance_name from qrtz_scheduler_state",
                row -> row.getString("instance_name")));
    }

    // --- the outbox and the mailbox

    private Map<String, Long> outboxStatuses() {
        return db.inTransaction(c -> Sql.query(c, "select status from outbox", row -> row.getString("status")))
                .stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\r\\n]+>)");

    private List<String> outboxMessageIds() {
        return db.inTransaction(c -> Sql.query(c, "select message from outbox_message", row -> {
            Matcher m = MESSAGE_ID.matcher(row.getString("message"));
            return m.find() ? m.group(1) : "(none)";
        }));
    }

    private static List<MimeMessage> received() {
        return Arrays.asList(SMTP.getReceivedMessages());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
