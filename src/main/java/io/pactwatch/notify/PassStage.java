package io.pactwatch.notify;

import java.sql.SQLException;

/**
 * One step of the notifying pass, with one job (Alertmanager's notify pipeline, on days): the pass runs its
 * stages in order over one {@link PassState}. A new kind of suppression is one new {@link AlertStage}
 * (docs/architecture.md, "The notifying pass").
 */
interface PassStage {

    /** The stage's name, as its answers show it: "decide", "acknowledged", ... */
    String name();

    void run(PassState pass) throws SQLException;
}
