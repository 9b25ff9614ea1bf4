package io.pactwatch.ledger;

import io.pactwatch.model.Severity;

/**
 * How often a still-firing alert is told again, per severity, and whether a resolved alert is told once
 * (Alertmanager's repeat_interval and send_resolved). From the {@code notify:} section of the config.
 */
public record RepeatPolicy(int criticalDays, int warningDays, int infoDays, boolean resolvedNotices) {

    public static final int DEFAULT_CRITICAL_DAYS = 1;
    public static final int DEFAULT_WARNING_DAYS = 7;
    public static final int DEFAULT_INFO_DAYS = 30;
    public static final boolean DEFAULT_RESOLVED_NOTICES = true;

    public RepeatPolicy {
        if (criticalDays < 1 || warningDays < 1 || infoDays < 1) {
            throw new IllegalArgumentException("repeat intervals are at least 1 day");
        }
    }

    public static RepeatPolicy defaults() {
        return new RepeatPolicy(DEFAULT_CRITICAL_DAYS, DEFAULT_WARNING_DAYS, DEFAULT_INFO_DAYS,
                DEFAULT_RESOLVED_NOTICES);
    }

    public int days(Severity severity) {
        return switch (severity) {
            case CRITICAL -> criticalDays;
            case WARNING -> warningDays;
            case INFO -> infoDays;
        };
    }
}
