package io.pactwatch.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;

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

    /**
     * The header lines of a message read back from the outbox, in their order. Read here because jakarta.mail's
     * own reading looks its line reader up through a {@code ServiceLoader} for every message: a tenth of delivery's
     * time (docs/benchmarks.md). The outbox holds 7-bit text: one byte, one character.
     */
    @Override
    protected InternetHeaders createInternetHeaders(InputStream raw) throws MessagingException {
        InternetHeaders headers = new InOrder();
        StringBuilder line = new StringBuilder(128);
        try {
            for (int c = raw.read(); c >= 0; c = raw.read()) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                    line.setLength(line.length() - 1);
                }
                if (line.isEmpty()) {
                    break; // the blank line: the body follows
                }
                headers.addHeaderLine(line.toString()); // a folded line (leading space) joins the one before
                line.setLength(0);
            }
        } catch (IOException e) {
            throw new MessagingException("cannot read the message's headers", e);
        }
        return headers;
    }

    /** Headers kept in the order read (the no-argument constructor would put known ones in a default order). */
    private static final class InOrder extends InternetHeaders {

        InOrder() {
            headers = new ArrayList<>();
        }
    }
}
