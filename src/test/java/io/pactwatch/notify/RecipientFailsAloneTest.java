package io.pactwatch.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.pactwatch.store.TestDatabases.Engine;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recipient the transport cannot take (an outbox row written before addresses were checked at load, or an
 * address the server refuses) goes dead alone with its reason; the messages after it are delivered, and delivery
 * is not paused: a pause is only for what is wrong with the transport itself.
 */
class RecipientFailsAloneTest extends OutboxFixture {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** 230 characters: a valid address, longer than a file name may be. */
    private static final String LONG = "a".repeat(60) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "."
            + "d".repeat(44) + ".org";

    private void enqueue(List<String> recipients) {
        db.inTransaction(c -> {
            for (int i = 0; i < recipients.size(); i++) {
                String to = recipients.get(i);
                Outbox.enqueue(c, new OutboxMessage("digest/2019-05-01/" + to, to, "message " + i,
                        "From: pactwatch@example.org\r\nTo: " + to + "\r\nSubject: message " + i
                                + "\r\nMessage-ID: <m" + i + "@example.org>\r\n\r\nbody " + i + "\r\n"),
                        clock.instant());
            }
            return null;
        });
    }

    @Test
    void overSmtpABadRecipientIsDeadWithItsReasonAndTheOthersAreDelivered() throws MessagingException {
        open(Engine.H2);
        enqueue(List.of("first@example.org", "a..b@example.org", "ünï@exämple.org", "last@example.org"));

        Delivery.Report report = deliver(Fixtures.smtp(SMTP.getSmtp().getPort()));

        assertThat(report).isEqualTo(new Delivery.Report(2, 0, 2, 0, null, null, 0));
        assertThat(Stream.of(SMTP.getReceivedMessages()).map(RecipientFailsAloneTest::envelopeRecipient))
                .containsExactlyInAnyOrder("first@example.org", "last@example.org");
        assertThat(entryOf("a..b@example.org")).satisfies(e -> {
            assertThat(e.status()).isEqualTo(OutboxEntry.DEAD);
            assertThat(e.lastError()).endsWith("the part before the @ may not have two dots in a row");
        });
        assertThat(entryOf("ünï@exämple.org").lastError()).contains("internationalised addresses (RFC 6531) are not"
                + " supported");
    }

    @Test
    void toFilesABadRecipientIsDeadALongOneIsWrittenAndNoTemporaryFileIsLeft() throws IOException {
        open(Engine.H2);
        Path mail = dir.resolve("mail");
        enqueue(List.of("ünï@exämple.org", LONG, "a\u202Eb@example.org", "last@example.org"));

        Delivery.Report report = deliver(new FileTransport(mail));

        assertThat(report).isEqualTo(new Delivery.Report(2, 0, 2, 0, null, null, 0));
        assertThat(entryOf(LONG).status()).isEqualTo(OutboxEntry.SENT);
        assertThat(entryOf("last@example.org").status()).isEqualTo(OutboxEntry.SENT);
        assertThat(entryOf("a\u202Eb@example.org").lastError()).contains("U+202E (RIGHT-TO-LEFT OVERRIDE)");
        try (Stream<Path> files = Files.list(mail)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(2)
                    .allSatisfy(name -> assertThat(name).endsWith(".eml").doesNotStartWith(".writing-")
                            .hasSizeLessThanOrEqualTo(FileTransport.MAX_NAME + ".eml".length()));
        }
    }

    @Test
    void aFileThatCannotBeWrittenPausesDeliveryWithoutLeavingATemporaryFile() throws IOException {
        open(Engine.H2);
        Path mail = dir.resolve("mail");
        enqueue(List.of("first@example.org"));
        // a non-empty directory where the message's file should go: the move fails
        Files.createDirectories(mail.resolve(FileTransport.fileName("digest/2019-05-01/first@example.org"))
                .resolve("in-the-way"));

        Delivery.Report report = deliver(new FileTransport(mail));

        assertThat(report.paused()).isTrue();
        assertThat(entryOf("first@example.org").status()).isEqualTo(OutboxEntry.PENDING);
        try (Stream<Path> files = Files.list(mail)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".writing-"));
        }
    }

    private static String envelopeRecipient(Message message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).findFirst().orElseThrow();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
