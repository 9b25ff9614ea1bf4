package io.pactwatch.notify;

import io.pactwatch.ledger.Fingerprint;
import io.pactwatch.model.EmailAddress;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** Plain-text messages: the one of {@code pactwatch mail test}, and the daemon's admin alerts. */
public final class TestMessage {

    private TestMessage() {
    }

    /** @throws InvalidInputException when {@code to} is not an email address */
    public static Envelope envelope(MailSettings mail, String to, Instant now) {
        return plain(mail, to, "[Pactwatch] test message", "This is a test message from Pactwatch (`pactwatch mail "
                + "test`), sent through " + mail.describe() + ". If you can read it, reminders will reach you.\n",
                "test-" + now.toEpochMilli(), now);
    }

    /**
     * A plain-text message marked automatic, to one recipient: the test message, and the daemon's admin alerts.
     * The subject must be one line (callers pass fixed text; RFC 5322 forbids CR/LF in a header).
     *
     * @throws InvalidInputException when {@code to} is not an email address
     */
    public static Envelope plain(MailSettings mail, String to, String subject, String body, String name, Instant now) {
        Optional<String> bad = EmailAddress.problem(to);
        if (bad.isPresent()) {
            throw new InvalidInputException("mail", List.of(Problem.at(Path.of("--to"), 0, bad.get())));
        }
        try {
            InternetAddress recipient = new InternetAddress(to, true);
            String id = "<" + name + "-" + Fingerprint.hash(to + now, 24) + "@" + mail.domain() + ">";
            MimeMessage message = new StableIdMessage(Session.getInstance(new Properties()), id);
            message.setFrom(new InternetAddress(mail.from(), true));
            message.setRecipient(MimeMessage.RecipientType.TO, recipient);
            message.setSubject(subject.replaceAll("[\\r\\n]+", " "), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setText(body, StandardCharsets.UTF_8.name());
            message.saveChanges();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return new Envelope(name, recipient.getAddress(), raw.toString(StandardCharsets.US_ASCII));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot build the message: " + e, e);
        }
    }
}
