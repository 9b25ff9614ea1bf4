package io.pactwatch.notify;

/**
 * A complete message waiting in the outbox.
 *
 * @param key       the idempotency key: the same evaluation enqueues the same key once, whatever runs it twice
 * @param raw       the RFC 5322 message, MIME-encoded (7-bit), with its final Message-ID
 */
public record OutboxMessage(String key, String recipient, String subject, String raw) {
}
