package io.pactwatch.notify;

/**
 * What a transport sends: one message to one recipient (one recipient per message, so that a 5xx for one
 * address never holds back the others).
 *
 * @param name a stable name for the message (the file transport's file name)
 * @param raw  the complete RFC 5322 message
 */
public record Envelope(String name, String recipient, String raw) {
}
