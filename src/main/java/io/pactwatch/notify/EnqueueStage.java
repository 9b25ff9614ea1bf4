package io.pactwatch.notify;

import java.sql.SQLException;

/** Adds the composed messages to the outbox, in the pass's transaction (the transactional outbox). */
final class EnqueueStage implements PassStage {

    @Override
    public String name() {
        return "enqueue";
    }

    @Override
    public void run(PassState pass) throws SQLException {
        for (OutboxMessage message : pass.messages) {
            pass.enqueued += Outbox.enqueue(pass.connection, message, pass.now) ? 1 : 0;
        }
    }
}
