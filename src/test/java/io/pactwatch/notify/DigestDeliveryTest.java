package io.pactwatch.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.pactwatch.ledger.Fingerprint;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.store.Database;
import io.pactwatch.store.TestDatabases;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Digests as they arrive in a real SMTP server (GreenMail): who gets what, in what order, and how it looks. */
class DigestDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final LocalDate MAY_1 = LocalDate.of(2019, 5, 1);

    @TempDir
    Path dir;

    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private List<MimeMessage> notifyAndDeliver(Registry registry, LocalDate asOf) {
        db = db == null ? TestDatabases.open(TestDatabases.Engine.H2, dir) : db;
        Fixtures.MovableClock clock = Fixtures.MovableClock.at(asOf + "T06:00:00Z");
        Fixtures.notifyingPass(registry, db, clock).run(asOf);
        Delivery.Report report = deliver(SMTP.getSmtp().getPort(), clock);
        assertThat(report.retried() + report.dead()).as("%s", report).isZero();
        return Arrays.asList(SMTP.getReceivedMessages());
    }

    /** One delivery run over SMTP to {@code port} on localhost, with the shipped delivery settings. */
    private Delivery.Report deliver(int port, java.time.Clock clock) {
        return Fixtures.application(db, clock).mail(Fixtures.smtpOn(port)).build().delivery().deliverDue();
    }

    @Test
    void eachRecipientGetsOneDigestWithTheirCommitmentsMostSevereFirst() throws Exception {
        List<MimeMessage> received = notifyAndDeliver(Fixtures.seed(), MAY_1);

        Map<String, MimeMessage> byRecipient = received.stream()
                .collect(Collectors.toMap(m -> to(m), Function.identity()));
        assertThat(byRecipient).containsOnlyKeys(Fixtures.OPS, Fixtures.IRAN_DESK);
        MimeMessage ops = byRecipient.get(Fixtures.OPS);
        assertThat(ops.getSubject())
                .isEqualTo("[Pactwatch] 2 warning, 21 info: cooperation commitments as of 2019-05-01");
        assertThat(ops.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        String text = text(ops, "text/plain");
        assertThat(text).contains("ru-tr-cyber-conference", "\"the conference was tentatively scheduled for the"
                + " first half of 2019\"", "bin/pactwatch ack ru-tr-cyber-conference")
                .doesNotContain("ru-ir-joint-action-plan");
        MimeMessage iran = byRecipient.get(Fixtures.IRAN_DESK);
        assertThat(iran.getSubject())
                .isEqualTo("[Pactwatch] 3 critical, 2 warning, 7 info: cooperation commitments as of 2019-05-01");
        String iranText = text(iran, "text/plain");
        assertThat(iranText).contains("ru-ir-joint-action-plan-2012-2014").doesNotContain("ru-tr-cyber-conference");
        assertThat(iranText.indexOf("[CRITICAL] overdue")).isNotNegative()
                .isLessThan(iranText.indexOf("[WARNING] recurrence-missed"))
                .isLessThan(iranText.indexOf("[INFO] stale"));
        assertThat(iranText.indexOf("id: ru-ir-joint-action-plan-2012-2014"))
                .as("the plan's overdue and no-successor alerts stay together under their commitment")
                .isLessThan(iranText.indexOf("[WARNING] no-successor"))
                .isGreaterThan(-1);
    }

    @Test
    void aHostileTitleIsEscapedInHtmlAndNeverReachesAHeader() throws Exception {
        Path registry = Files.createDirectories(dir.resolve("registry"));
        Files.writeString(registry.resolve("hostile.yaml"), """
                commitments:
                  - id: hostile
                    title: "<script>alert(1)</script>\\r\\nBcc: victim@evil.example"
                    kind: event
                    parties: ["<b>Party</b>"]
                    due: 2019-05-20
                    coordinator: coord@example.org
                    quote: "<img src=x onerror=alert(2)>"
                    announced: 2019-01-01
                """);

        List<MimeMessage> received = notifyAndDeliver(RegistryLoader.load(registry), MAY_1);

        assertThat(received).extracting(DigestDeliveryTest::to)
                .containsExactlyInAnyOrder("coord@example.org", Fixtures.OPS);
        MimeMessage message = received.get(0);
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getAllRecipients()).hasSize(1);
        String html = text(message, "text/html");
        assertThat(html).doesNotContain("<script>", "<img", "<b>Party")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src");
        assertThat(text(message, "text/plain")).contains("<script>alert(1)</script>");
    }

    @Test
    void theCalendarAttachmentParsesBackWithOneAllDayEventPerUpcomingDeadline() throws Exception {
        List<MimeMessage> received = notifyAndDeliver(Fixtures.seed(), MAY_1);
        MimeMessage ops = received.stream().filter(m -> to(m).equals(Fixtures.OPS)).findFirst().orElseThrow();

        BodyPart ics = part(ops, "text/calendar");
        assertThat(ics.getFileName()).isEqualTo("deadlines.ics");
        assertThat(ics.getDisposition()).isEqualTo(Part.ATTACHMENT);
        Calendar calendar = new CalendarBuilder().build(ics.getInputStream());
        assertThat(calendar.validate().hasErrors()).as("RFC 5545 validation").isFalse();
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getProperty("UID").orElseThrow().getValue())
                .contains("ru-tr-cyber-conference-2019-06-30@pactwatch");
        VEvent conference = events.stream()
                .filter(e -> e.getProperty("UID").orElseThrow().getValue().startsWith("ru-tr-cyber-conference-"))
                .findFirst().orElseThrow();
        assertThat(conference.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20190630");
        assertThat(conference.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20190701");
        assertThat(conference.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(conference.getProperties("DTSTAMP")).hasSize(1);
        assertThat(events).allSatisfy(e -> assertThat(
                LocalDate.parse(e.getProperty("DTSTART").orElseThrow().getValue(),
                        java.time.format.DateTimeFormatter.BASIC_ISO_DATE)).isAfterOrEqualTo(MAY_1));
    }

    @Test
    void theMessageIdIsDerivedFromTheOutboxKeyAndSurvivesARetry() throws Exception {
        db = TestDatabases.open(TestDatabases.Engine.H2, dir);
        Fixtures.MovableClock clock = Fixtures.MovableClock.at("2019-05-01T06:00:00Z");
        NotifyingPass.Result result = Fixtures.notifyingPass(Fixtures.seed(), db, clock).run(MAY_1);
        OutboxMessage stored = result.messages().get(0);
        // the key's hash at the sender's domain: the same on every attempt, and unique per digest
        String expectedId = "<" + Fingerprint.hash(stored.key(), 32) + "@example.org>";

        Delivery.Report down = deliver(Fixtures.closedPort(), clock);
        clock.advance(java.time.Duration.ofHours(1));
        deliver(SMTP.getSmtp().getPort(), clock);

        assertThat(down.retried()).isEqualTo(result.messages().size());
        MimeMessage delivered = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> to(m).equals(stored.recipient())).findFirst().orElseThrow();
        assertThat(delivered.getMessageID()).isEqualTo(expectedId).endsWith("@example.org>");
        assertThat(new MimeMessage(null, new ByteArrayInputStream(stored.raw().getBytes(StandardCharsets.US_ASCII)))
                .getMessageID()).isEqualTo(expectedId);
        assertThat(delivered.getHeader("References", null)).contains("<thread-");
    }

    static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of the first part of {@code type}. */
    static String text(MimeMessage message, String type) throws Exception {
        try (InputStream in = part(message, type).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static BodyPart part(Part part, String type) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.isMimeType(type)) {
                    return child;
                }
                if (child.isMimeType("multipart/*")) {
                    BodyPart found = part(child, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }
}
