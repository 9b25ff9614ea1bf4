package io.pactwatch.model;

/**
 * The thresholds rules read, from the {@code policy:} section of {@code config/pactwatch.yaml}.
 * Inserted as a fact so that DRL never hard-codes a number of days.
 */
public record Policy(
        int deadlineInfoDays,
        int deadlineWarningDays,
        int deadlineCriticalDays,
        int tentativeWindowDays,
        int successorWindowDays,
        int replacementAfterDays,
        int staleAfterDays,
        int recurrenceGraceDays,
        int undatedAfterDays) {

    public static final int DEFAULT_DEADLINE_INFO_DAYS = 90;
    public static final int DEFAULT_DEADLINE_WARNING_DAYS = 30;
    public static final int DEFAULT_DEADLINE_CRITICAL_DAYS = 7;
    public static final int DEFAULT_TENTATIVE_WINDOW_DAYS = 60;
    public static final int DEFAULT_SUCCESSOR_WINDOW_DAYS = 180;
    public static final int DEFAULT_REPLACEMENT_AFTER_DAYS = 365;
    public static final int DEFAULT_STALE_AFTER_DAYS = 180;
    public static final int DEFAULT_RECURRENCE_GRACE_DAYS = 30;
    public static final int DEFAULT_UNDATED_AFTER_DAYS = 90;

    public static Policy defaults() {
        return new Policy(DEFAULT_DEADLINE_INFO_DAYS, DEFAULT_DEADLINE_WARNING_DAYS, DEFAULT_DEADLINE_CRITICAL_DAYS,
                DEFAULT_TENTATIVE_WINDOW_DAYS, DEFAULT_SUCCESSOR_WINDOW_DAYS, DEFAULT_REPLACEMENT_AFTER_DAYS,
                DEFAULT_STALE_AFTER_DAYS, DEFAULT_RECURRENCE_GRACE_DAYS, DEFAULT_UNDATED_AFTER_DAYS);
    }

    /** The severity of a deadline that is {@code daysLeft} days away, by the three deadline thresholds. */
    public Severity deadlineSeverity(long daysLeft) {
        if (daysLeft <= deadlineCriticalDays) {
            return Severity.CRITICAL;
        }
        return daysLeft <= deadlineWarningDays ? Severity.WARNING : Severity.INFO;
    }
}
