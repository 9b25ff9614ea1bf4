package io.pactwatch.notify;

import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Notice;
import io.pactwatch.ledger.RepeatPolicy;
import io.pactwatch.model.Severity;

import java.time.LocalDate;

import static io.pactwatch.ledger.Ledger.label;

/**
 * Whether each alert is due to be told (Alertmanager's model on days): when it is new, when its severity rose
 * above the one last told, and again once its severity's repeat interval has elapsed; once, as resolved, when it
 * stopped firing (unless resolved notices are off, or it was never told, or a silence muted it).
 */
final class DecideStage implements PassStage {

    static final String NAME = "decide";

    private final RepeatPolicy repeat;

    DecideStage(RepeatPolicy repeat) {
        this.repeat = repeat;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(PassState pass) {
        for (AlertInPass alert : pass.alerts()) {
            if (alert.firing()) {
                firing(alert, pass.asOf);
            } else {
                resolved(alert);
            }
        }
    }

    private void firing(AlertInPass alert, LocalDate asOf) {
        LedgerEntry before = alert.before();
        Severity severity = alert.alert().severity();
        if (before == null || before.lastNotified() == null) {
            alert.tell(NAME, Notice.Kind.NEW, "new");
            return;
        }
        if (severity.compareTo(before.notifiedSeverity()) > 0) {
            alert.tell(NAME, Notice.Kind.SEVERITY_ROSE, "severity rose from " + label(before.notifiedSeverity())
                    + " to " + label(severity));
            return;
        }
        int days = repeat.days(severity);
        LocalDate next = before.lastNotified().plusDays(days);
        if (asOf.isBefore(next)) {
            alert.quiet(NAME, "repeat interval of " + days + " days not elapsed (next reminder on " + next + ")");
        } else {
            alert.tell(NAME, Notice.Kind.REPEAT, "repeat interval of " + days + " days elapsed (last told on "
                    + before.lastNotified() + ")");
        }
    }

    private void resolved(AlertInPass alert) {
        LedgerEntry before = alert.before();
        if (!repeat.resolvedNotices()) {
            alert.quiet(NAME, "resolved: stopped firing (no notice: resolved notices are off)");
        } else if (before.lastNotified() == null) {
            alert.quiet(NAME, "resolved: stopped firing (no notice: it was never told)");
        } else if (before.silencedBy() != null) {
            alert.quiet(NAME, "resolved: stopped firing (no notice: it was muted by " + before.silencedBy() + ")");
        } else {
            alert.tell(NAME, Notice.Kind.RESOLVED, "resolved: stopped firing (told once)");
        }
    }
}
