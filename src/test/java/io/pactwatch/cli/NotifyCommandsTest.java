package io.pactwatch.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The email commands end to end, in-process, on a Pactwatch home in a temporary directory: the shipped registry,
 * rules and templates, the embedded H2 database and the file transport under that home's var/.
 */
class NotifyCommandsTest {

    static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path home;

    @BeforeEach
    void config() throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/pactwatch.yaml"), """
                registry: %s/commitments
                rules: %s/rules
                notify:
                  templates: %s/config/templates
                mail:
                  from: pactwatch@example.org
                routes:
                  - match: {party: Iran}
                    to: iran-desk@example.org
                  - to: ops@example.org
                """.formatted(REPO, REPO, REPO));
    }

    private Cli.Result run(String... args) {
        return Cli.runIn(home, args);
    }

    private List<Path> mail() throws IOException {
        Path dir = home.resolve("var/mail");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
    }

    @Test
    void plainEvaluateStoresAndSendsNothing() {
        Cli.Result result = run("evaluate", "--as-of", "2019-05-01");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(home.resolve("var")).doesNotExist();
    }

    @Test
    void evaluateNotifyWritesOneDigestPerRecipientAndASecondRunTheSameDaySendsNothing() throws IOException {
        Cli.Result first = run("evaluate", "--notify", "--as-of", "2019-05-01");
        Cli.Result again = run("evaluate", "--notify", "--as-of", "2019-05-01");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("35 alerts as of 2019-05-01: 3 critical, 4 warning, 28 info",
                "Notified: 35 alerts to tell, 2 digests enqueued", "2 sent, 0 to retry, 0 dead");
        assertThat(again.out()).contains("Notified: 0 alerts to tell, 0 digests enqueued");
        assertThat(mail()).extracting(p -> p.getFileName().toString())
                .allMatch(name -> name.startsWith("digest_2019-05-01_"))
                .anyMatch(name -> name.contains("ops@example.org"))
                .anyMatch(name -> name.contains("iran-desk@example.org"))
                .hasSize(2);
        Path ops = mail().stream().filter(p -> p.toString().contains("ops@example.org")).findFirst().orElseThrow();
        Path iran = mail().stream().filter(p -> p.toString().contains("iran-desk@")).findFirst().orElseThrow();
        assertThat(Files.readString(ops)).contains("Subject: [Pactwatch]", "Auto-Submitted: auto-generated",
                "deadlines.ics");
        assertThat(Files.readString(iran)).as("no deadline ahead: no calendar, and no sentence promising one")
                .contains("Subject: [Pactwatch]").doesNotContain("deadlines.ics");
    }

    @Test
    void ackWithoutUserRecordsTheLoginNameTheSystemGivesAndSaysSo() {
        run("evaluate", "--notify", "--as-of", "2019-05-01");

        Cli.Result ack = Cli.runAs(home, Map.of(), "ana", "ack", "ru-tr-cyber-conference");
        Cli.Result alerts = run("alerts");

        assertThat(ack.exitCode()).as(ack.err()).isZero();
        assertThat(ack.out()).contains("alerts acknowledged by ana until resolved");
        assertThat(ack.err()).isEqualTo("note: $USER is not set; recorded as \"ana\", the login name the system gives"
                + " (--by NAME records another)\n");
        assertThat(alerts.out()).as("the note of the acknowledged alerts").contains("by ana");
    }

    @Test
    void ackWithUserRecordsItWithoutANote() {
        run("evaluate", "--notify", "--as-of", "2019-05-01");

        Cli.Result ack = Cli.runAs(home, Map.of("USER", "bo"), "ana", "ack", "ru-tr-cyber-conference");

        assertThat(ack.out()).contains("alerts acknowledged by bo until resolved");
        assertThat(ack.err()).isEmpty();
    }

    @Test
    void anAcknowledgedCommitmentIsListedAsSuchAndItsHistorySaysWhy() {
        run("evaluate", "--notify", "--as-of", "2019-05-01");

        Cli.Result ack = run("ack", "ru-tr-cyber-conference", "--until", "2019-06-15", "--by", "ana", "--comment",
                "conference date being agreed");
        run("evaluate", "--notify", "--as-of", "2019-05-08");
        List<Map<String, Object>> alerts = run("alerts", "--format", "json").json();

        assertThat(ack.exitCode()).as(ack.err()).isZero();
        assertThat(ack.out()).contains("2 alerts acknowledged by ana until 2019-06-15");
        Map<String, Object> tentative = alerts.stream()
                .filter(a -> a.get("rule").equals("tentative-unconfirmed")).findFirst().orElseThrow();
        assertThat(tentative).containsEntry("status", "acknowledged").containsEntry("acknowledgedBy", "ana");
        Cli.Result history = run("alerts", "--history", (String) tentative.get("fingerprint"));
        assertThat(history.out()).contains("2019-05-01  notify    new",
                "2019-05-08  quiet     acknowledged by ana until 2019-06-15");
    }

    @Test
    void aSilenceIsAddedAndNamedInTheListing() {
        Cli.Result silence = run("silence", "--party", "Turkey", "--until", "2019-05-31", "--by", "ops");
        run("evaluate", "--notify", "--as-of", "2019-05-01");

        assertThat(silence.out()).isEqualTo("added silence #1 (party Turkey) until 2019-05-31\n");
        assertThat(run("alerts", "--format", "json").json())
                .filteredOn(a -> a.get("commitment").equals("ru-tr-cyber-conference"))
                .allSatisfy(a -> assertThat(a).containsEntry("status", "silenced"));
    }

    @Test
    void previewRendersWithoutTouchingTheLedger() throws IOException {
        Cli.Result preview = run("preview", "--as-of", "2019-05-01", "--to", "ops@example.org");

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("1 digest rendered as of 2019-05-01 for ops@example.org");
        assertThat(home.resolve("var/preview/2019-05-01-ops@example.org.html")).content()
                .contains("International conference on threats from cyberspace");
        assertThat(home.resolve("var/preview/2019-05-01-ops@example.org.eml")).exists();
        assertThat(run("alerts", "--format", "json").json()).isEmpty();
        assertThat(mail()).isEmpty();
    }

    @Test
    void outboxListsWhatWasSentAndRefusesToRetryAnUnknownMessage() {
        run("evaluate", "--notify", "--as-of", "2019-05-01");

        Cli.Result list = run("outbox");
        Cli.Result retry = run("outbox", "retry", "99");
        Cli.Result purge = run("outbox", "purge", "--sent-before", "2100-01-01");

        assertThat(list.out()).contains("sent", "ops@example.org", "2 messages in the outbox");
        assertThat(retry.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(retry.err()).contains("no dead or pending message has id 99");
        assertThat(purge.out()).contains("2 sent messages purged");
    }

    @Test
    void mailTestReportsWhatTheTransportAnswered() throws IOException {
        Cli.Result result = run("mail", "test", "--to", "admin@example.org");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("result:    sent", "answer:    written to");
        assertThat(mail()).hasSize(1);
        assertThat(run("mail", "test", "--to", "not an address").exitCode()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void notifyingWithoutRoutesIsBadInputThatSaysWhatToAdd() throws IOException {
        Files.writeString(home.resolve("config/pactwatch.yaml"), "registry: " + REPO + "/commitments\nrules: " + REPO
                + "/rules\n");

        Cli.Result result = run("evaluate", "--notify", "--as-of", "2019-05-01");

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("there is no \"routes:\" section");
    }

    @Test
    void runWithoutRoutesRefusesToStartInsteadOfFailingEveryEvaluation() throws IOException {
        Files.writeString(home.resolve("config/pactwatch.yaml"), "registry: " + REPO + "/commitments\nrules: " + REPO
                + "/rules\nnotify:\n  templates: " + REPO + "/config/templates\ndaemon:\n  health-port: 0\n");

        // Preemptive: a daemon that did start would never return.
        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("run"));

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("there is no \"routes:\" section");
    }

    @Test
    void aMissingTemplateDirectoryIsBadInputThatNamesIt() throws IOException {
        Path missing = home.resolve("no-templates");
        Files.writeString(home.resolve("config/pactwatch.yaml"), Files.readString(home.resolve("config/pactwatch.yaml"))
                .replace(REPO + "/config/templates", missing.toString()));

        Cli.Result result = run("evaluate", "--notify", "--as-of", "2019-05-01");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains(missing + ": template directory missing");
    }

    @Test
    void anEarlierDayThanTheLedgerHoldsIsRefused() {
        run("evaluate", "--notify", "--as-of", "2019-05-01");

        Cli.Result result = run("evaluate", "--notify", "--as-of", "2019-04-01");

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("already holds the evaluation of 2019-05-01");
    }
}
