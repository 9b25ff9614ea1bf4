package io.pactwatch.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;

/**
 * What a rule raised about one commitment on one as-of date.
 *
 * @param rule       the rule's name, e.g. {@code overdue}
 * @param commitment the commitment's id
 * @param due        the date the alert concerns (a window's end, a termination day); null when none applies
 * @param category   the raising rule's {@code @category}; null when it declares none
 */
@Doc("What a rule raised. Inserted by consequences (`insert(Alerts.raise(...))`); other rules may match it.")
public record Alert(
        @Doc("The name of the rule that raised it.") String rule,
        @Doc("info, warning or critical.") Severity severity,
        @Doc("The id of the commitment it is about.") String commitment,
        @Doc("The date it concerns; may be null.") LocalDate due,
        @Doc("One line for people.") String message,
        @Doc("The raising rule's `@category` (deadline, gap, dependency, ...); routes can match on it. May be null.") String category) {

    /** Most severe first, then earliest date, then commitment and rule: the order users read alerts in. */
    public static final Comparator<Alert> READING_ORDER = Alert::compareForReading;

    /** Written out rather than chained with {@code thenComparing}: a million alerts are sorted per evaluation. */
    private static int compareForReading(Alert a, Alert b) {
        int order = b.severity.compareTo(a.severity);
        if (order == 0) {
            order = a.due == null ? (b.due == null ? 0 : 1) : (b.due == null ? -1 : a.due.compareTo(b.due));
        }
        if (order == 0) {
            order = a.commitment.compareTo(b.commitment);
        }
        return order != 0 ? order : a.rule.compareTo(b.rule);
    }

    /** "2 critical, 3 warning, 1 info", most severe first, leaving out zeros. */
    public static String countBySeverity(Collection<Alert> alerts) {
        Map<Severity, Long> counts = alerts.stream()
                .collect(Collectors.groupingBy(Alert::severity, Collectors.counting()));
        return Arrays.stream(Severity.values()).sorted(Comparator.reverseOrder())
                .filter(counts::containsKey)
                .map(s -> counts.get(s) + " " + s.label())
                .collect(Collectors.joining(", "));
    }

    public Alert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(message, "message");
    }
}
