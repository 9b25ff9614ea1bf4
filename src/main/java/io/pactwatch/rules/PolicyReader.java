package io.pactwatch.rules;

import io.pactwatch.model.Policy;
import io.pactwatch.yaml.Keys;
import io.pactwatch.yaml.Mapping;

import java.util.Set;

/**
 * Reads a {@code policy:} mapping, the rules' thresholds: the config file's section and a rule scenario's
 * overrides both come through here, so that {@code rules} needs nothing of {@code config} (docs/architecture.md,
 * "Packages").
 */
public final class PolicyReader {

    /** The keys of a {@code policy:} mapping, in the order of the config file. */
    public static final Set<String> KEYS = Keys.ordered("deadline-info-days", "deadline-warning-days",
            "deadline-critical-days", "tentative-window-days", "successor-window-days", "replacement-after-days",
            "stale-after-days", "recurrence-grace-days", "undated-after-days");

    private static final String DAYS = "days";

    private PolicyReader() {
    }

    /** The policy {@code m} sets; unset thresholds keep their defaults. Problems are reported through {@code m}. */
    public static Policy read(Mapping m) {
        Policy policy = new Policy(
                m.whole("deadline-info-days", Policy.DEFAULT_DEADLINE_INFO_DAYS, DAYS),
                m.whole("deadline-warning-days", Policy.DEFAULT_DEADLINE_WARNING_DAYS, DAYS),
                m.whole("deadline-critical-days", Policy.DEFAULT_DEADLINE_CRITICAL_DAYS, DAYS),
                m.whole("tentative-window-days", Policy.DEFAULT_TENTATIVE_WINDOW_DAYS, DAYS),
                m.whole("successor-window-days", Policy.DEFAULT_SUCCESSOR_WINDOW_DAYS, DAYS),
                m.whole("replacement-after-days", Policy.DEFAULT_REPLACEMENT_AFTER_DAYS, DAYS),
                m.whole("stale-after-days", Policy.DEFAULT_STALE_AFTER_DAYS, DAYS),
                m.whole("recurrence-grace-days", Policy.DEFAULT_RECURRENCE_GRACE_DAYS, DAYS),
                m.whole("undated-after-days", Policy.DEFAULT_UNDATED_AFTER_DAYS, DAYS));
        if (!(policy.deadlineCriticalDays() <= policy.deadlineWarningDays()
                && policy.deadlineWarningDays() <= policy.deadlineInfoDays())) {
            m.problem("deadline-critical-days", "the deadline thresholds must satisfy critical <= warning <= info"
                    + " (got " + policy.deadlineCriticalDays() + ", " + policy.deadlineWarningDays() + ", "
                    + policy.deadlineInfoDays() + ")");
        }
        return policy;
    }
}
