package io.pactwatch.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.InputStream;

/**
 * A message whose Message-ID is ours: {@code saveChanges()} would otherwise mint a fresh one each time
 * (docs/architecture.md, mail), and a retried message must keep its ID so that receivers can drop the duplicate
 * (RFC 5322 3.6.4).
 */
final class StableIdMessage extends MimeMessage {

    private final String messageId;

    /** A new message with {@code messageId} ({@code <left@right>}). */
    StableIdMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    /** A message read back from the outbox; it keeps the Message-ID it was written with. */
    StableIdMessage(Session session, InputStream raw) throws MessagingException {
        super(session, raw);
        this.messageId = getHeader("Message-ID", null);
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
