package io.pactwatch.config;

import io.pactwatch.model.Labels;
import io.pactwatch.notify.DeliverySettings;
import io.pactwatch.notify.MailSettings;
import io.pactwatch.yaml.DidYouMean;
import io.pactwatch.yaml.Keys;
import io.pactwatch.yaml.Mapping;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code mail:} and {@code delivery:} sections. */
final class MailConfig {

    static final Set<String> MAIL = Keys.ordered("transport", "directory", "from", "host", "port", "security",
            "username", "password-env", "connect-timeout-seconds", "read-timeout-seconds", "write-timeout-seconds",
            "max-message-bytes");
    static final Set<String> DELIVERY = Keys.ordered("max-attempts", "retry-initial-seconds", "retry-max-seconds",
            "lease-seconds", "batch-size", "pass-deadline-seconds", "breaker-failures",
            "connections");

    private MailConfig() {
    }

    static MailSettings mail(Mapping m, Path home) {
        MailSettings d = MailSettings.defaults(home);
        MailSettings.TransportKind transport = choice(m, "transport", MailSettings.TransportKind.class, d.transport());
        MailSettings.Security security = choice(m, "security", MailSettings.Security.class, d.security());
        String from = m.addresses("from").stream().findFirst().orElse(d.from());
        int port = m.has("port") ? m.whole("port", security.defaultPort(), "(a TCP port)")
                : security.defaultPort();
        if (m.has("password-env") && !m.has("username")) {
            m.problem("password-env", "\"password-env\" needs \"username\" (the SMTP login)");
        }
        int maxBytes = m.whole("max-message-bytes", d.maxMessageBytes(), "bytes");
        if (maxBytes < MailSettings.MIN_MAX_MESSAGE_BYTES) {
            m.problem("max-message-bytes", "\"max-message-bytes\" must be at least "
                    + MailSettings.MIN_MAX_MESSAGE_BYTES + " (a digest's summary alone needs that much)");
            maxBytes = d.maxMessageBytes();
        }
        return new MailSettings(transport, m.text("directory").map(home::resolve).orElse(d.directory()), from,
                m.text("host").orElse(d.host()), port, security, m.text("username").orElse(null),
                m.text("password-env").orElse(null),
                seconds(m, "connect-timeout-seconds", d.connectTimeout()),
                seconds(m, "read-timeout-seconds", d.readTimeout()),
                seconds(m, "write-timeout-seconds", d.writeTimeout()), maxBytes);
    }

    static DeliverySettings delivery(Mapping m) {
        DeliverySettings d = DeliverySettings.defaults();
        Duration lease = seconds(m, "lease-seconds", d.lease());
        Duration deadline = seconds(m, "pass-deadline-seconds", d.passDeadline());
        if (!deadline.minus(lease).isNegative()) {
            m.problem("pass-deadline-seconds", "\"pass-deadline-seconds\" (" + deadline.toSeconds() + ") must be"
                    + " less than \"lease-seconds\" (" + lease.toSeconds() + "), or a run could claim its own"
                    + " messages again");
        }
        return DeliverySettings.builder()
                .maxAttempts(atLeastOne(m, "max-attempts", d.maxAttempts(), "attempts"))
                .retryInitial(seconds(m, "retry-initial-seconds", d.retryInitial()))
                .retryMax(seconds(m, "retry-max-seconds", d.retryMax()))
                .lease(lease)
                .batchSize(atLeastOne(m, "batch-size", d.batchSize(), "messages"))
                .passDeadline(deadline)
                .breakerFailures(atLeastOne(m, "breaker-failures", d.breakerFailures(), "failures"))
                .connections(atLeastOne(m, "connections", d.connections(), "connections"))
                .build();
    }

    private static int atLeastOne(Mapping m, String key, int fallback, String unit) {
        int value = m.whole(key, fallback, unit);
        if (value < 1) {
            m.problem(key, "\"" + key + "\" must be at least 1");
            return fallback;
        }
        return value;
    }

    private static Duration seconds(Mapping m, String key, Duration fallback) {
        int seconds = m.whole(key, (int) fallback.toSeconds(), "seconds");
        if (seconds < 1) {
            m.problem(key, "\"" + key + "\" must be at least 1 second (a timeout of 0 would wait for ever)");
            return fallback;
        }
        return Duration.ofSeconds(seconds);
    }

    /** One of an enum's labels, with a "did you mean" when it is none. */
    static <E extends Enum<E>> E choice(Mapping m, String key, Class<E> type, E fallback) {
        return m.text(key).flatMap(text -> label(m, key, type, text)).orElse(fallback);
    }

    static <E extends Enum<E>> Optional<E> label(Mapping m, String key, Class<E> type, String text) {
        Optional<E> value = Labels.parse(type, text);
        if (value.isEmpty()) {
            List<String> labels = Labels.all(type);
            m.problem(key, "\"" + key + "\" must be one of " + String.join(", ", labels) + ", got \"" + text + "\""
                    + DidYouMean.hint(text, labels));
        }
        return value;
    }
}
