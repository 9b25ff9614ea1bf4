package io.pactwatch.bench;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.model.Severity;
import io.pactwatch.model.Status;
import io.pactwatch.registry.Registry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The rule pack written by hand in plain Java: the lower bound the benchmark compares Drools with
 * (docs/benchmarks.md). It is benchmark code, not a second way to evaluate: the product evaluates through the DRL pack
 * only, and a test checks that this agrees alert for alert (rule, severity, commitment, date), on generated
 * registries, with the frozen copy of the pack it was written from (src/bench/rules/), not with rules/, which rule
 * authors change freely. Messages are not reproduced.
 */
public final class PlainEvaluator {

    private static final String NO_MESSAGE = "";

    private final Policy policy;

    public PlainEvaluator(Policy policy) {
        this.policy = policy;
    }

    public List<Alert> evaluate(Registry registry, LocalDate asOf) {
        Registry known = registry.asKnownOn(asOf);
        Map<String, Commitment> byId = new HashMap<>();
        Map<String, List<Progress>> progress = new HashMap<>();
        Map<String, List<Commitment>> successors = new HashMap<>();
        for (Commitment c : known.commitments()) {
            byId.put(c.id(), c);
            c.supersedes().forEach(p -> successors.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
        }
        known.progress().forEach(p -> progress.computeIfAbsent(p.commitment(), k -> new ArrayList<>()).add(p));
        List<Alert> alerts = new ArrayList<>();
        for (Commitment c : known.commitments()) {
            List<Progress> history = progress.getOrDefault(c.id(), List.of());
            List<Commitment> next = successors.getOrDefault(c.id(), List.of());
            deadlines(c, history, asOf, alerts);
            gaps(c, history, next, progress, asOf, alerts);
        }
        blocked(known.commitments(), byId, alerts);
        return alerts;
    }

    private void deadlines(Commitment c, List<Progress> history, LocalDate asOf, List<Alert> alerts) {
        if (!c.isOpen() || c.due() == null) {
            return;
        }
        boolean fulfilled = any(history, Progress::isFulfilling);
        LocalDate end = c.due().end();
        long left = ChronoUnit.DAYS.between(asOf, end);
        if (!fulfilled && left >= 0 && left <= policy.deadlineInfoDays()) {
            alerts.add(alert("deadline-approaching", policy.deadlineSeverity(left), c, end));
        }
        if (!fulfilled && end.isBefore(asOf)) {
            alerts.add(alert("overdue", Severity.CRITICAL, c, end));
        }
        if (c.tentative() && !c.due().start().isAfter(asOf.plusDays(policy.tentativeWindowDays()))
                && !any(history, Progress::isConfirming)) {
            alerts.add(alert("tentative-unconfirmed", Severity.WARNING, c, c.due().start()));
        }
    }

    private void gaps(Commitment c, List<Progress> history, List<Commitment> next,
                      Map<String, List<Progress>> progress, LocalDate asOf, List<Alert> alerts) {
        if ((c.kind() == Kind.PLAN || c.kind() == Kind.AGREEMENT) && (c.isOpen() || c.status() == Status.FULFILLED)
                && c.due() != null && !c.due().end().isAfter(asOf.plusDays(policy.successorWindowDays()))
                && next.stream().allMatch(s -> s.status() == Status.CANCELLED)) {
            alerts.add(alert("no-successor", Severity.WARNING, c, c.due().end()));
        }
        noReplacement(c, history, next, progress, asOf, alerts);
        if (c.isOpen()) {
            open(c, history, asOf, alerts);
        }
    }

    private void noReplacement(Commitment c, List<Progress> history, List<Commitment> next,
                               Map<String, List<Progress>> progress, LocalDate asOf, List<Alert> alerts) {
        boolean replaced = next.stream().anyMatch(s -> s.status() == Status.FULFILLED
                || any(progress.getOrDefault(s.id(), List.of()), Progress::isFulfilling));
        if (replaced) {
            return;
        }
        List<LocalDate> ended = new ArrayList<>();
        if (c.status() != Status.CANCELLED) {
            history.stream().filter(p -> p.kind() == ProgressKind.TERMINATED).forEach(p -> ended.add(p.date()));
        }
        if (c.status() == Status.TERMINATED && history.stream().noneMatch(p -> p.kind() == ProgressKind.TERMINATED)) {
            ended.add(c.announced());
        }
        ended.stream().filter(day -> asOf.isAfter(day.plusDays(policy.replacementAfterDays())))
                .forEach(day -> alerts.add(alert("no-replacement", Severity.WARNING, c, day)));
    }

    private void open(Commitment c, List<Progress> history, LocalDate asOf, List<Alert> alerts) {
        LocalDate staleCutoff = asOf.minusDays(policy.staleAfterDays());
        if ((c.due() == null || !c.due().end().isBefore(asOf)) && !c.announced().isAfter(staleCutoff)
                && history.stream().noneMatch(p -> p.date().isAfter(staleCutoff))) {
            alerts.add(alert("stale", Severity.INFO, c, latest(c.announced(), history, p -> true)));
        }
        if (c.recurs() != null) {
            LocalDate cutoff = c.recurs().before(asOf.minusDays(policy.recurrenceGraceDays()));
            if (c.announced().isBefore(cutoff)
                    && history.stream().noneMatch(p -> p.isOccurrence() && !p.date().isBefore(cutoff))) {
                LocalDate last = latest(c.announced(), history, Progress::isOccurrence);
                alerts.add(alert("recurrence-missed", Severity.WARNING, c, c.recurs().after(last)));
            }
        }
        if (c.due() == null && c.recurs() == null && c.announced().isBefore(asOf.minusDays(policy.undatedAfterDays()))) {
            alerts.add(alert("undated", Severity.INFO, c, c.announced()));
        }
    }

    private static void blocked(List<Commitment> commitments, Map<String, Commitment> byId, List<Alert> alerts) {
        Map<String, Boolean> overdue = new HashMap<>();
        alerts.stream().filter(a -> a.rule().equals("overdue")).forEach(a -> overdue.put(a.commitment(), true));
        for (Commitment c : commitments) {
            if (!c.isOpen()) {
                continue;
            }
            for (String id : c.dependsOn()) {
                Commitment d = byId.get(id);
                if (d != null && (overdue.containsKey(id) || d.status() == Status.CANCELLED
                        || d.status() == Status.TERMINATED)) {
                    alerts.add(alert("blocked", Severity.WARNING, c, d.due() == null ? null : d.due().end()));
                }
            }
        }
    }

    private static LocalDate latest(LocalDate first, List<Progress> history, Predicate<Progress> which) {
        LocalDate latest = first;
        for (Progress p : history) {
            if (which.test(p) && p.date().isAfter(latest)) {
                latest = p.date();
            }
        }
        return latest;
    }

    private static boolean any(List<Progress> history, Predicate<Progress> which) {
        return history.stream().anyMatch(which);
    }

    private static Alert alert(String rule, Severity severity, Commitment c, LocalDate date) {
        return new Alert(rule, severity, c.id(), date, NO_MESSAGE, null);
    }
}
