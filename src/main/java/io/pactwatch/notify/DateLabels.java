package io.pactwatch.notify;

import java.util.Map;

/**
 * What an alert's date is, per shipped rule, for the digest's "due 2019-06-30" / "since 2012-01-24": the rules
 * give every alert one date, and what it means depends on the rule (docs/notifications.md lists them).
 */
final class DateLabels {

    /** For a rule not listed (an admin's own): a neutral word. */
    static final String OTHER = "date";

    private static final Map<String, String> BY_RULE = Map.of(
            "deadline-approaching", "due",
            "overdue", "was due",
            "tentative-unconfirmed", "starts",
            "no-successor", "ends",
            "no-replacement", "terminated",
            "stale", "since",
            "recurrence-missed", "expected by",
            "undated", "announced",
            "blocked", "blocker due");

    private DateLabels() {
    }

    static String of(String rule) {
        return BY_RULE.getOrDefault(rule, OTHER);
    }
}
