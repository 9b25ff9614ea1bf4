package io.pactwatch.notify;

import io.pactwatch.ledger.Fingerprint;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** The message of {@code pactwatch mail test}: plain text, marked automatic, one recipient. */
public final class TestMessage {

    private TestMessage() {
    }

    /** @throws InvalidInputException when {@code to} is not an email address */
    public static Envelope envelope(MailSettings mail, String to, Instant now) {
        try {
            InternetAddress recipient = new InternetAddress(to, true);
            String id = "<test-" + Fingerprint.hash(to + now, 24) + "@" + mail.domain() + ">";
            MimeMessage message = new StableIdMessage(Session.getInstance(new Properties()), id);
            message.setFrom(new InternetAddress(mail.from(), true));
            message.setRecipient(MimeMessage.RecipientType.TO, recipient);
            message.setSubject("[Pactwatch] test message", StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setText("This is a test message from Pactwatch (`pactwatch mail test`), sent through "
                    + mail.describe() + ". If you can read it, reminders will reach you.\n",
                    StandardCharsets.UTF_8.name());
            message.saveChanges();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return new Envelope("test-" + now.toEpochMilli(), recipient.getAddress(),
                    raw.toString(StandardCharsets.US_ASCII));
        } catch (AddressException e) {
            throw new InvalidInputException("mail test", List.of(Problem.at(Path.of("--to"), 0,
                    "\"" + to + "\" is not an email address; write it as name@example.org")));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot build the test message: " + e, e);
        }
    }
}
