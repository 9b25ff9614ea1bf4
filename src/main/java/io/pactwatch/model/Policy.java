package io.pactwatch.model;

/**
 * The thresholds rules read, from the {@code policy:} section of {@code config/pactwatch.yaml}.
 * Inserted as a fact so that DRL never hard-codes a number of days.
 */
@Doc("The thresholds from the `policy:` section of config/pactwatch.yaml, in days. Exactly one fact.")
public record Policy(
        @Doc("`deadline-info-days`: deadline-approaching fires (info) within this many days of a window's end.") int deadlineInfoDays,
        @Doc("`deadline-warning-days`: ... and is a warning within this many.") int deadlineWarningDays,
        @Doc("`deadline-critical-days`: ... and critical within this many.") int deadlineCriticalDays,
        @Doc("`tentative-window-days`: tentative-unconfirmed fires when a tentative window starts within this many days.") int tentativeWindowDays,
        @Doc("`successor-window-days`: no-successor fires when a plan or agreement ends within this many days.") int successorWindowDays,
        @Doc("`replacement-after-days`: no-replacement fires when a termination is more than this many days old.") int replacementAfterDays,
        @Doc("`stale-after-days`: stale fires after this many days without progress.") int staleAfterDays,
        @Doc("`recurrence-grace-days`: recurrence-missed allows this many days past the expected occurrence.") int recurrenceGraceDays,
        @Doc("`undated-after-days`: undated fires when a commitment without a date is older than this.") int undatedAfterDays) {

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
    @Doc("The severity of a deadline `daysLeft` days away: critical, warning or info by the deadline thresholds.")
    public Severity deadlineSeverity(long daysLeft) {
        if (daysLeft <= deadlineCriticalDays) {
            return Severity.CRITICAL;
        }
        return daysLeft <= deadlineWarningDays ? Severity.WARNING : Severity.INFO;
    }
}
