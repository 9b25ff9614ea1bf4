package io.pactwatch.ledger;

import io.pactwatch.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Notices that never reached their recipient: the mail server refused, for good, the one message that carried
 * them (too large). Their alerts go back to "not told", so that the next pass tells them again (as new) instead of
 * waiting for the repeat interval of a reminder nobody received; the history says why.
 */
public final class Untold {

    private Untold() {
    }

    /**
     * Returns to "not told" each firing alert of {@code fingerprints} still recorded as told on {@code toldOn} (a
     * later pass that told it again, or its resolution, is left alone), in the caller's transaction.
     *
     * @param reason why, for {@code alerts --history}
     * @return how many alerts were returned
     */
    public static int returnToUntold(Connection db, LocalDate toldOn, Collection<String> fingerprints, String reason)
            throws SQLException {
        int returned = 0;
        for (String fingerprint : fingerprints) {
            // the alert row keeps its last history row (Ledger.LAST_EVENT): the row inserted below
            if (Sql.update(db, "update alert set last_notified = null, notified_severity = null, last_event_on = ?,"
                    + " last_decision = ?, last_reason = ? where fingerprint = ? and last_notified = ? and state = ?",
                    toldOn, HistoryEntry.UNTOLD, reason, fingerprint, toldOn, "firing") == 1) {
                Sql.update(db, "insert into alert_event (fingerprint, as_of, decision, reason) values (?, ?, ?, ?)",
                        fingerprint, toldOn, HistoryEntry.UNTOLD, reason);
                returned++;
            }
        }
        return returned;
    }
}
