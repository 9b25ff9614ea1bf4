package io.pactwatch.notify;

import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.progress.Origin;
import io.pactwatch.progress.ProgressStore;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.store.Database;
import io.pactwatch.store.TestDatabases;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader finds in a digest, on the real pipeline (shipped rules, registry and templates, H2). */
class DigestLayoutTest {

    static final LocalDate MAY_1 = LocalDate.of(2019, 5, 1);

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(TestDatabases.Engine.H2, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private List<MimeMessage> digests(Registry registry, LocalDate day, ActionLinks links) {
        return digests(registry, day, links, Fixtures.MAIL);
    }

    private List<MimeMessage> digests(Registry registry, LocalDate day, ActionLinks links, MailSettings mail) {
        return Fixtures.application(db, on(day)).registry(registry).mail(mail).actionLinks(links).build()
                .notifyingPass().run(day).messages().stream()
                .map(DigestLayoutTest::parse).toList();
    }

    static MimeMessage parse(OutboxMessage message) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(message.raw().getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A part's text with the CRLF line ends of MIME (RFC 2046 4.1.1) read as lines. */
    private static String text(MimeMessage message, String type) throws Exception {
        String text = DigestDeliveryTest.text(message, type).replace("\r\n", "\n");
        // the escaping of attribute values, as a browser reads them back
        return type.equals("text/html") ? text.replace("&#61;", "=") : text;
    }

    private static MimeMessage to(List<MimeMessage> messages, String recipient) {
        return messages.stream().filter(m -> DigestDeliveryTest.to(m).equals(recipient)).findFirst().orElseThrow();
    }

    @Test
    void aDigestOpensWithCountsBySeverityAndTheMostUrgentItemsOneLineEach() throws Exception {
        String text = text(to(digests(Fixtures.seed(), MAY_1, ActionLinks.none()),
                Fixtures.IRAN_DESK), "text/plain");

        List<String> lines = text.lines().toList();
        assertThat(lines.get(1)).isEqualTo("3 CRITICAL   2 WARNING   7 INFO   ");
        assertThat(text.indexOf("Most urgent:")).isLessThan(text.indexOf("\n== "));
        assertThat(text).contains("  [CRITICAL] Plan for joint anti-drug action 2012-2014: overdue, was due 2014-12-31",
                "For information:\n - [INFO] ");
        assertThat(text.indexOf("[WARNING]")).as("critical and warning come before info")
                .isLessThan(text.indexOf("For information:"));
    }

    @Test
    void anAlertLineUnderItsCommitmentsHeadingDoesNotRepeatTheTitleAndSaysWhatItsDateIs() throws Exception {
        String text = text(to(digests(Fixtures.seed(), MAY_1, ActionLinks.none()), Fixtures.OPS),
                "text/plain");

        assertThat(text).contains("== International conference on threats from cyberspace (Russia, Turkey)",
                " * [WARNING] tentative-unconfirmed, starts 2019-01-01\n"
                        + "   tentative window 2019-01-01..2019-06-30 started 120 days ago, no confirmation recorded",
                " * [INFO] deadline-approaching, due 2019-06-30", "stale, since 2016-12-01",
                "undated, announced 2016-12-01");
        assertThat(text).doesNotContain("(Russia, Turkey): tentative window");
    }

    @Test
    void withTheConsoleConfiguredEveryAlertHasAcknowledgeRecordProgressAndOpenAndEveryCommitmentOpen()
            throws Exception {
        MimeMessage ops = to(digests(Fixtures.seed(), MAY_1, new TestLinks()), Fixtures.OPS);
        String html = text(ops, "text/html");

        assertThat(html).contains(">Acknowledge</a>", ">Record progress</a>", ">Open</a>", ">Open this commitment</a>",
                "href=\"" + TestLinks.BASE + "a/ack/55dcddd5aabe3c4c?to=ops%40example.org\"",
                "href=\"" + TestLinks.BASE + "commitments/ru-tr-cyber-conference?to=ops%40example.org\"");
        assertThat(Pattern.compile("<a href=\"([^\"]*)\"[^>]*>Acknowledge").matcher(html).results()
                .map(m -> m.group(1))).isNotEmpty().allMatch(href -> href.startsWith(TestLinks.BASE));
        assertThat(html).doesNotContain("bin/pactwatch ack", "web.base-url");
        assertThat(text(ops, "text/plain"))
                .contains("   acknowledge: " + TestLinks.BASE + "a/ack/55dcddd5aabe3c4c?to=ops%40example.org");
    }

    @Test
    void withoutTheConsoleTheDigestKeepsTheCommandsAndSaysTheAdminCanEnableLinks() throws Exception {
        MimeMessage ops = to(digests(Fixtures.seed(), MAY_1, ActionLinks.none()), Fixtures.OPS);
        String html = text(ops, "text/html");

        assertThat(html).contains("<code>bin/pactwatch ack 55dcddd5aabe3c4c</code>", "<code>web.base-url</code>")
                .doesNotContain(">Acknowledge</a>");
        assertThat(text(ops, "text/plain"))
                .contains("stop reminders: bin/pactwatch ack 55dcddd5aabe3c4c", "setting web.base-url");
    }

    @Test
    void aResolvedAlertSaysWhatResolvedItAndWhoRecordedItAndOffersNoAcknowledge() throws Exception {
        digests(Fixtures.seed(), MAY_1, new TestLinks());
        db.inTransaction(c -> ProgressStore.record(c, new Progress("ru-tr-cyber-conference",
                LocalDate.of(2019, 4, 15), ProgressKind.HELD, null), Origin.WEB, "ana", on(MAY_1).instant()));

        MimeMessage ops = to(digests(Fixtures.seed(), MAY_1.plusDays(1), new TestLinks()), Fixtures.OPS);

        String text = text(ops, "text/plain");
        assertThat(text).contains("Resolved:\n - [RESOLVED] International conference on threats from cyberspace: "
                + "tentative-unconfirmed (starts 2019-01-01): held on 2019-04-15 (recorded by ana)");
        String html = text(ops, "text/html");
        assertThat(html).contains("held on 2019-04-15 (recorded by ana)")
                .doesNotContain("a/ack/55dcddd5aabe3c4c", "a/ack/f3154918909e0f03");
    }

    @Test
    void theCalendarSentenceAppearsOnlyWhenDeadlinesIcsIsAttached() throws Exception {
        List<MimeMessage> digests = digests(Fixtures.seed(), MAY_1, ActionLinks.none());

        MimeMessage ops = to(digests, Fixtures.OPS);
        MimeMessage iran = to(digests, Fixtures.IRAN_DESK);
        assertThat(DigestDeliveryTest.part(ops, "text/calendar")).isNotNull();
        assertThat(text(ops, "text/html")).contains("attached (deadlines.ics)");
        assertThat(DigestDeliveryTest.part(iran, "text/calendar")).isNull();
        assertThat(text(iran, "text/html")).doesNotContain("deadlines.ics");
        assertThat(text(iran, "text/plain")).doesNotContain("deadlines.ics");
    }

    @Test
    void lineBreaksAndBidiControlsInATitleCannotForgeLinesOfThePlainTextPart() throws Exception {
        Path registry = Files.createDirectories(dir.resolve("registry"));
        Files.writeString(registry.resolve("hostile.yaml"), """
                commitments:
                  - id: hostile
                    title: "Talks\\r\\n * [CRITICAL] forged: pay now\\u202Egnp.exe"
                    kind: event
                    parties: [Russia]
                    due: 2019-05-20
                    announced: 2019-01-01
                """);

        String text = text(digests(RegistryLoader.load(registry), MAY_1, ActionLinks.none()).get(0),
                "text/plain");

        assertThat(text.lines()).noneMatch(line -> line.startsWith(" * [CRITICAL] forged"));
        // Line breaks become spaces; the bidi override is shown as U+FFFD (model.PlainText), never passed on.
        assertThat(text).contains("Talks", "* [CRITICAL] forged: pay now\uFFFDgnp.exe").doesNotContain("\u202E");
    }

    @Test
    void aDigestOverItsSizeBudgetTellsTheMostSevereInFullAndCountsTheRestByRuleAndParty() throws Exception {
        int budget = 150_000;
        OutboxMessage message = opsDigest(3_000, 11, budget);

        assertThat(message.raw().length()).isLessThanOrEqualTo(budget).isGreaterThan(budget / 2);
        String text = text(parse(message), "text/plain");
        assertThat(Overflow.of(message).told()).isPositive();
        assertThat(text).contains("   all of them: " + TestLinks.BASE + "?to=ops%40example.org")
                .containsPattern("\\n   \\d+ x (critical|warning|info) [a-z-]+, [A-Z]");
        assertThat(text.indexOf("[CRITICAL]")).as("the most severe are told in full").isNotNegative();
    }

    @Test
    void aDigestFiftyTimesOverItsBudgetFitsItTellsTheMostSevereInFullAndCountsEveryOtherAlert() throws Exception {
        int budget = MailSettings.MIN_MAX_MESSAGE_BYTES;
        OutboxMessage message = opsDigest(5_000, 12, budget);

        assertThat(message.raw().length()).isLessThanOrEqualTo(budget);
        Overflow overflow = Overflow.of(message);
        assertThat(overflow.total()).as("far over the budget: about a kilobyte per alert").isGreaterThan(50 * budget / 1_000);
        assertThat(overflow.told()).isPositive();
        String text = text(parse(message), "text/plain");
        List<String> order = List.of("critical", "warning", "info", "resolved");
        int leastSevereTold = Pattern.compile("(?m)^ [*-] \\[([A-Z]+)\\]").matcher(text).results()
                .mapToInt(m -> order.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT))).max().orElseThrow();
        int mostSevereSummarised = Pattern.compile("(?m)^   \\d+ x ([a-z]+) ").matcher(text).results()
                .mapToInt(m -> order.indexOf(m.group(1))).min().orElseThrow();
        assertThat(leastSevereTold).as("no alert told in full is less severe than one summarised")
                .isLessThanOrEqualTo(mostSevereSummarised);
        assertThat(text).contains(" * [CRITICAL]");
    }

    /** The one digest of a pass over a generated registry of {@code commitments}, all routed to ops. */
    private OutboxMessage opsDigest(int commitments, long seed, int budget) throws Exception {
        Path registry = dir.resolve("generated-" + seed);
        new io.pactwatch.synthetic.RegistryGenerator(seed).write(commitments, registry);
        MailSettings mail = MailSettings.plainSmtp("localhost", 25, "pactwatch@example.org").withMaxMessageBytes(budget);
        return Fixtures.application(db, on(MAY_1))
                .registry(RegistryLoader.load(registry)).routes(List.of(new Route(1, null, List.of(Fixtures.OPS), false)))
                .mail(mail).actionLinks(new TestLinks()).build().notifyingPass().run(MAY_1).messages().get(0);
    }

    /**
     * What an over-budget digest's text says it summarised, checked against its subject: the alerts told in full
     * and those summarised add up to every alert the subject counts.
     */
    private record Overflow(int told, int left, int total) {

        static Overflow of(OutboxMessage message) throws Exception {
            MimeMessage parsed = parse(message);
            String text = text(parsed, "text/plain");
            var summary = Pattern.compile("(\\d+) more alerts, summarised \\(this digest tells the (\\d+) most severe")
                    .matcher(text);
            assertThat(summary.find()).as(text.substring(0, 2000)).isTrue();
            int total = Pattern.compile("(\\d+) (critical|warning|info)").matcher(parsed.getSubject()).results()
                    .mapToInt(m -> Integer.parseInt(m.group(1))).sum();
            Overflow overflow = new Overflow(Integer.parseInt(summary.group(2)), Integer.parseInt(summary.group(1)), total);
            assertThat(overflow.told() + overflow.left()).isEqualTo(total);
            return overflow;
        }
    }
}
