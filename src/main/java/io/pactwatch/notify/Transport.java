package io.pactwatch.notify;

import java.util.OptionalInt;

/** Where messages go: SMTP, or {@code .eml} files. */
public interface Transport {

    /** Opens a batch: several messages over one connection. */
    Batch open();

    /** "smtp mail.example.org:587 (starttls)": for messages, never with a password. */
    String describe();

    /** Messages sent one after the other over one connection, opened on the first send. */
    interface Batch extends AutoCloseable {

        /** Sends one message; never throws for a delivery failure, the result says what happened. */
        SendResult send(Envelope envelope);

        /** The largest message the server said it takes (RFC 1870 SIZE), once connected; empty when unknown. */
        default OptionalInt sizeLimit() {
            return OptionalInt.empty();
        }

        @Override
        void close();
    }
}
