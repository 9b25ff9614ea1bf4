package io.pactwatch.notify;

import io.pactwatch.model.EmailAddress;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMTP through Angus Mail. TLS is required unless the config says {@code security: none}: STARTTLS must succeed
 * (never a silent downgrade to plain text), or implicit TLS (RFC 8314). The three timeouts are always set: Angus
 * defaults them to infinite (docs/architecture.md). One connection serves a whole batch.
 */
public final class SmtpTransport implements Transport {

    /** A reply's enhanced status code (RFC 3463), after its reply code: "552 5.3.4 ...". */
    private static final Pattern ENHANCED = Pattern.compile("\\d{3}[ -](\\d\\.\\d{1,3}\\.\\d{1,3})\\b");

    private final MailSettings settings;
    private final String password;
    private final Session session;

    /** @param password the SMTP password (from the environment), or null without authentication */
    public SmtpTransport(MailSettings settings, String password) {
        this.settings = settings;
        this.password = password;
        this.session = Session.getInstance(properties(settings));
    }

    static Properties properties(MailSettings s) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", s.host());
        p.setProperty("mail.smtp.port", Integer.toString(s.port()));
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(s.connectTimeout().toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(s.readTimeout().toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(s.writeTimeout().toMillis()));
        p.setProperty("mail.smtp.auth", Boolean.toString(s.username() != null));
        // Nagle off: without it each message waits for the server's delayed ACK (NoDelaySockets)
        p.put("mail.smtp.socketFactory", NoDelaySockets.plain());
        switch (s.security()) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.put("mail.smtp.ssl.socketFactory", NoDelaySockets.tls());
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
                // plain text, for a relay on localhost (the config documents the risk)
            }
        }
        return p;
    }

    @Override
    public Batch open() {
        return new SmtpBatch();
    }

    @Override
    public String describe() {
        return settings.describe();
    }

    private final class SmtpBatch implements Batch {

        private SMTPTransport connection;
        /** The server's limit from its EHLO reply (RFC 1870 SIZE); 0 when it states none. */
        private int sizeLimit;

        @Override
        public SendResult send(Envelope envelope) {
            Optional<String> bad = EmailAddress.problem(envelope.recipient());
            if (bad.isPresent()) {
                // written before addresses were checked at load: this recipient fails alone, nothing is sent
                return SendResult.rejected(bad.get());
            }
            if (connection == null || !connection.isConnected()) {
                try {
                    connection = (SMTPTransport) session.getTransport("smtp");
                    connection.connect(settings.host(), settings.port(), settings.username(), password);
                    sizeLimit = advertisedSize(connection.getExtensionParameter("SIZE"));
                } catch (MessagingException e) {
                    close();
                    SendResult failed = classify(e);
                    // any answer but a good greeting, or none, says nothing about this message: the server is at fault
                    return failed.retryable() ? SendResult.unreachable(failed.detail()) : failed;
                }
            }
            if (sizeLimit > 0 && envelope.raw().length() > sizeLimit) {
                // sending it would only be refused after the whole message was transferred (RFC 1870 6.1)
                return SendResult.tooLarge("the message is " + envelope.raw().length() + " bytes, over the "
                        + sizeLimit + " bytes the server takes (its SIZE, RFC 1870)");
            }
            try {
                StableIdMessage message = new StableIdMessage(session,
                        envelope.raw().getBytes(StandardCharsets.US_ASCII));
                connection.sendMessage(message, new InternetAddress[] {new InternetAddress(envelope.recipient())});
                return SendResult.sent(oneLine(connection.getLastServerResponse()));
            } catch (MessagingException e) {
                close(); // the session's state is unknown after a failure: start the next message afresh
                return classify(e);
            }
        }

        @Override
        public OptionalInt sizeLimit() {
            return sizeLimit > 0 ? OptionalInt.of(sizeLimit) : OptionalInt.empty();
        }

        @Override
        public void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (MessagingException ignored) {
                    // closing a broken connection: nothing to save
                }
                connection = null;
            }
        }
    }

    /**
     * Transient, permanent, unreachable or misconfiguration, by the exception and the SMTP reply code (RFC 5321
     * 4.2.1). The detail starts with the server's reply (code included once), or says why there was none.
     */
    static SendResult classify(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return SendResult.misconfigured("authentication failed: " + oneLine(e.getMessage()));
        }
        if (causedBy(e, SSLException.class) || causedBy(e, CertificateException.class)
                || String.valueOf(e.getMessage()).contains("STARTTLS")) {
            return SendResult.misconfigured("TLS failed: " + oneLine(rootMessage(e)));
        }
        MessagingException reply = reply(e);
        if (reply == null) {
            if (e instanceof AddressException || causedBy(e, AddressException.class)) {
                return SendResult.rejected("not an address a mail server can take: " + oneLine(e.getMessage()));
            }
            return causedBy(e, IOException.class) ? SendResult.unreachable(oneLine(rootMessage(e)))
                    : SendResult.retry(oneLine(rootMessage(e)));
        }
        int code = replyCode(reply);
        String detail = withCode(code, oneLine(reply.getMessage()));
        if (tooLarge(code, detail)) {
            return SendResult.tooLarge(detail);
        }
        return code >= 500 ? SendResult.rejected(detail) : SendResult.retry(detail);
    }

    /**
     * A refusal for the message's size: the enhanced codes for it (RFC 3463: 5.3.4 too big for the system, 5.2.3
     * over the mailbox's limit), or 552 (RFC 1870 6.1: "message size exceeds fixed maximum") unless its enhanced
     * code says the mailbox is full (5.2.2), which is the recipient's problem.
     */
    static boolean tooLarge(int code, String detail) {
        Matcher enhanced = ENHANCED.matcher(detail);
        String status = enhanced.lookingAt() ? enhanced.group(1) : null;
        if (code >= 500 && ("5.3.4".equals(status) || "5.2.3".equals(status))) {
            return true;
        }
        return code == 552 && !"5.2.2".equals(status);
    }

    /** The EHLO SIZE parameter: 0 when absent, unreadable or 0 (RFC 1870 4: "no fixed maximum"). */
    static int advertisedSize(String parameter) {
        if (parameter == null || !parameter.strip().matches("\\d{1,10}")) {
            return 0;
        }
        long bytes = Long.parseLong(parameter.strip());
        return (int) Math.min(bytes, Integer.MAX_VALUE);
    }

    /** {@code text} led by {@code code}: Angus' messages mostly start with the reply already, not always. */
    private static String withCode(int code, String text) {
        return text.startsWith(Integer.toString(code)) ? text : code + " " + text;
    }

    /** The exception that carries the server's reply, from {@code e} down its chain; null when none does. */
    private static MessagingException reply(MessagingException e) {
        Exception current = e;
        while (current != null) {
            if (current instanceof SMTPAddressFailedException || current instanceof SMTPSenderFailedException
                    || current instanceof SMTPSendFailedException) {
                return (MessagingException) current;
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return null;
    }

    private static int replyCode(MessagingException reply) {
        if (reply instanceof SMTPAddressFailedException a) {
            return a.getReturnCode();
        }
        if (reply instanceof SMTPSenderFailedException s) {
            return s.getReturnCode();
        }
        return ((SMTPSendFailedException) reply).getReturnCode();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + root;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
