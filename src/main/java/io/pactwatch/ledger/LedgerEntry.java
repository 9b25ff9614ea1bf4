package io.pactwatch.ledger;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Severity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One alert as the ledger knows it: what {@code pactwatch alerts} lists.
 *
 * @param ackAt when the acknowledgement in force was given; null when none is, or for one given before V6
 */
public record LedgerEntry(
        String fingerprint,
        Alert alert,
        boolean firing,
        LocalDate firstSeen,
        LocalDate lastSeen,
        LocalDate lastNotified,
        Severity notifiedSeverity,
        LocalDate resolvedAt,
        Severity ackSeverity,
        LocalDate ackUntil,
        String ackBy,
        String ackComment,
        String silencedBy,
        Instant ackAt) {

    /** firing, acknowledged, silenced or resolved, as of the ledger's last evaluation. */
    public String status() {
        if (!firing) {
            return "resolved";
        }
        if (ackSeverity != null) {
            return "acknowledged";
        }
        return silencedBy != null ? "silenced" : "firing";
    }

    /** Whether an acknowledgement is in force. */
    public boolean acknowledged() {
        return firing && ackSeverity != null;
    }

    /** "acknowledged by ana until 2019-06-01", "acknowledged by ana until it resolves or its severity rises". */
    public String describeAck() {
        return "acknowledged" + (ackBy == null ? "" : " by " + ackBy)
                + (ackUntil == null ? " until it resolves or its severity rises" : " until " + ackUntil);
    }
}
