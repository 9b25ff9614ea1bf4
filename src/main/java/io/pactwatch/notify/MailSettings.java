package io.pactwatch.notify;

import io.pactwatch.model.Labels;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How messages leave: the {@code mail:} section of the config.
 *
 * @param directory   where the {@code file} transport writes {@code .eml} files
 * @param passwordEnv     the environment variable holding the SMTP password; null for no authentication
 * @param maxMessageBytes a digest's size budget: beyond it, the most severe alerts are told in full and the rest
 *                        summarised (docs/notifications.md, "Size budget")
 */
public record MailSettings(
        TransportKind transport,
        Path directory,
        String from,
        String host,
        int port,
        Security security,
        String username,
        String passwordEnv,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout,
        int maxMessageBytes) {

    public static final String DEFAULT_DIRECTORY = "var/mail";
    public static final String DEFAULT_FROM = "pactwatch@localhost";
    public static final String DEFAULT_HOST = "localhost";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
    /**
     * 2 MB: well under the limits mail servers commonly set (Postfix's message_size_limit 10 MB, Exchange Online
     * and Gmail 25 to 35 MB), with room for a relay that re-encodes.
     */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 2_000_000;
    /** Below this a digest could not hold its own summary. */
    public static final int MIN_MAX_MESSAGE_BYTES = 65_536;

    /** {@code file} (the embedded default: no mail server needed) or {@code smtp}. */
    public enum TransportKind {
        FILE, SMTP;

        public String label() {
            return Labels.of(this);
        }
    }

    /**
     * {@code starttls} (the default: the upgrade is required, never optional), {@code tls} (implicit TLS, RFC 8314)
     * or {@code none} (plain text, for a relay on localhost only).
     */
    public enum Security {
        STARTTLS(587), TLS(465), NONE(25);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }

        public String label() {
            return Labels.of(this);
        }
    }

    public MailSettings {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(from, "from");
    }

    /** The embedded default: {@code .eml} files under {@code home/var/mail}. */
    public static MailSettings defaults(Path home) {
        return new MailSettings(TransportKind.FILE, home.resolve(DEFAULT_DIRECTORY), DEFAULT_FROM, DEFAULT_HOST,
                Security.STARTTLS.defaultPort(), Security.STARTTLS, null, null, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_READ_TIMEOUT, DEFAULT_WRITE_TIMEOUT, DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** Plain SMTP to {@code host:port} with the default timeouts (local relays and tests). */
    public static MailSettings plainSmtp(String host, int port, String from) {
        return new MailSettings(TransportKind.SMTP, Path.of(DEFAULT_DIRECTORY), from, host, port, Security.NONE, null,
                null, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_WRITE_TIMEOUT, DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** These settings with another size budget for digests. */
    public MailSettings withMaxMessageBytes(int bytes) {
        return new MailSettings(transport, directory, from, host, port, security, username, passwordEnv,
                connectTimeout, readTimeout, writeTimeout, bytes);
    }

    /** The domain of the sender address: the right-hand side of Message-IDs (RFC 5322 3.6.4). */
    public String domain() {
        return from.substring(from.indexOf('@') + 1);
    }

    /** "smtp mail.example.org:587 (starttls)" or "file var/mail": for messages, never with the password. */
    public String describe() {
        return transport == TransportKind.FILE ? "file " + directory
                : "smtp " + host + ":" + port + " (" + security.label() + ")";
    }
}
