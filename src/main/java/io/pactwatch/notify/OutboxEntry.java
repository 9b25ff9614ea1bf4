package io.pactwatch.notify;

import java.time.Instant;

/** One outbox row as {@code pactwatch outbox list} shows it (without the message itself). */
public record OutboxEntry(long id, String key, String recipient, String subject, String status, int attempts,
                          Instant nextAttemptAt, Instant createdAt, Instant sentAt, String lastError) {

    public static final String PENDING = "pending";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String DEAD = "dead";
}
