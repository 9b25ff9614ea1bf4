package io.pactwatch.ledger;

import io.pactwatch.model.Alert;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One alert that this evaluation decided to tell: the input of routing and digests.
 *
 * @param firstSeen the as-of date the alert first fired (in its current firing spell)
 * @param reason    why it is told now: "new", "severity rose from warning to critical", ...
 */
public record Notice(String fingerprint, Alert alert, Kind kind, LocalDate firstSeen, String reason) {

    /** Firing before resolved, then the alerts' reading order (severity, then date). */
    public static final Comparator<Notice> READING_ORDER = Comparator
            .comparing((Notice n) -> n.kind() == Kind.RESOLVED)
            .thenComparing(Notice::alert, Alert.READING_ORDER);

    public enum Kind {
        NEW, SEVERITY_ROSE, REPEAT, RESOLVED
    }

    public boolean isResolved() {
        return kind == Kind.RESOLVED;
    }
}
