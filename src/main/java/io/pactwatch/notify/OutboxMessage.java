package io.pactwatch.notify;

import java.time.LocalDate;
import java.util.List;

/**
 * A complete message waiting in the outbox.
 *
 * @param key    the idempotency key: the same evaluation enqueues the same key once, whatever runs it twice
 * @param raw    the RFC 5322 message, MIME-encoded (7-bit), with its final Message-ID
 * @param toldOn the day its alerts were recorded as told; null for a message that tells no alert
 * @param alerts the fingerprints of the firing alerts it tells: told again if the server refuses it as too large
 */
public record OutboxMessage(String key, String recipient, String subject, String raw, LocalDate toldOn,
                            List<String> alerts) {

    public OutboxMessage {
        alerts = List.copyOf(alerts);
    }

    /** A message that tells no alert (a test message, a sign-in link, an admin's notice). */
    public OutboxMessage(String key, String recipient, String subject, String raw) {
        this(key, recipient, subject, raw, null, List.of());
    }
}
