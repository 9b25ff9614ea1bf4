package io.pactwatch.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * A message whose Message-ID is ours: {@code saveChanges()} would otherwise mint a fresh one each time
 * (docs/architecture.md, mail), and a retried message must keep its ID so that receivers can drop the duplicate
 * (RFC 5322 3.6.4).
 */
final class StableIdMessage extends MimeMessage {

    private final String messageId;
    /** The message as stored in the outbox, written as it is; null for a message being composed. */
    private final byte[] raw;

    /** A new message with {@code messageId} ({@code <left@right>}). */
    StableIdMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
        this.raw = null;
    }

    /**
     * A message read back from the outbox, to be sent exactly as it was stored: only its header lines are read
     * (the envelope's sender comes from its From), and {@link #writeTo} writes the stored bytes, Message-ID
     * included, unchanged. Parsing the body and writing it out again took an eighth of the delivery threads'
     * CPU samples for nothing: the outbox holds the final message (docs/benchmarks.md).
     *
     * @param raw the stored RFC 5322 message, 7-bit, CRLF line ends
     */
    StableIdMessage(Session session, byte[] raw) throws MessagingException {
        super(session);
        this.headers = headerLines(raw);
        this.messageId = getHeader("Message-ID", null);
        this.raw = raw;
        this.modified = false;
        this.saved = true; // nothing to save: the headers are final, and saving would rewrite them
    }

    /** A stored message goes out byte for byte as stored (the transport's stream dot-stuffs it, RFC 5321 4.5.2). */
    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
        if (raw == null) {
            super.writeTo(out, ignoreList);
            return;
        }
        out.write(raw);
        out.flush();
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    /**
     * The header lines of a message read back from the outbox, in their order, up to the blank line before the
     * body. Read here rather than by jakarta.mail, whose reading looks its line reader up through a
     * {@code ServiceLoader} for every message and reads a byte at a time (docs/benchmarks.md). The outbox holds
     * 7-bit text: one byte, one character.
     */
    private static InternetHeaders headerLines(byte[] raw) {
        InternetHeaders headers = new InOrder();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '\n') {
                continue;
            }
            int end = i > start && raw[i - 1] == '\r' ? i - 1 : i;
            if (end == start) {
                break; // the blank line: the body follows
            }
            // a folded line (leading space) joins the one before
            headers.addHeaderLine(new String(raw, start, end - start, StandardCharsets.ISO_8859_1));
            start = i + 1;
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
