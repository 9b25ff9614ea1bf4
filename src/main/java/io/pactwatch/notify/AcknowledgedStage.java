package io.pactwatch.notify;

import io.pactwatch.ledger.LedgerEntry;

import static io.pactwatch.ledger.Ledger.label;

/**
 * Keeps an acknowledged alert quiet while its acknowledgement holds: until its date, or until its severity rises
 * above the one acknowledged, which ends the acknowledgement.
 */
final class AcknowledgedStage extends AlertStage {

    static final String NAME = "acknowledged";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    void judge(AlertInPass alert, PassState pass) {
        LedgerEntry before = alert.before();
        if (before == null || before.ackSeverity() == null) {
            alert.pass(NAME, "not acknowledged");
        } else if (alert.alert().severity().compareTo(before.ackSeverity()) > 0) {
            alert.dropAcknowledgement();
            alert.note(" (above the acknowledged " + label(before.ackSeverity()) + ")");
            alert.pass(NAME, "severity rose above the acknowledged " + label(before.ackSeverity()));
        } else if (before.ackUntil() != null && pass.asOf.isAfter(before.ackUntil())) {
            alert.dropAcknowledgement();
            alert.pass(NAME, "the acknowledgement ended on " + before.ackUntil());
        } else {
            alert.quiet(NAME, before.describeAck());
        }
    }
}
