package io.pactwatch.notify;

import io.pactwatch.ledger.Notice;
import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.progress.ProgressHistory;
import io.pactwatch.progress.RecordedProgress;
import io.pactwatch.registry.Registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One recipient's email of one evaluation: the notices grouped by commitment, groups ordered by their most
 * severe alert, then date (the same order as {@code evaluate}).
 */
public record Digest(String recipient, LocalDate asOf, List<Group> groups) {

    /**
     * One commitment's notices; {@code commitment} is empty when the registry no longer holds it.
     *
     * @param progress its progress known on the as-of date, by date, each with where it comes from
     */
    public record Group(String commitmentId, Optional<Commitment> commitment, List<Notice> notices,
                        List<RecordedProgress> progress) {

        public Group {
            notices = List.copyOf(notices);
            progress = List.copyOf(progress);
        }

        public List<Notice> firing() {
            return notices.stream().filter(n -> !n.isResolved()).toList();
        }

        public List<Notice> resolved() {
            return notices.stream().filter(Notice::isResolved).toList();
        }
    }

    public Digest {
        groups = List.copyOf(groups);
    }

    /**
     * Groups {@code notices} (already routed to {@code recipient}) by commitment.
     *
     * @param known    the registry as known on {@code asOf}
     * @param progress where {@code known}'s progress comes from
     */
    public static Digest of(String recipient, LocalDate asOf, List<Notice> notices, Registry known,
                            ProgressHistory progress) {
        Map<String, List<Notice>> byCommitment = new LinkedHashMap<>();
        notices.stream().sorted(Notice.READING_ORDER).forEach(n ->
                byCommitment.computeIfAbsent(n.alert().commitment(), c -> new ArrayList<>()).add(n));
        Map<String, List<RecordedProgress>> history = progress.byCommitment();
        List<Group> groups = byCommitment.entrySet().stream()
                .map(e -> new Group(e.getKey(), known.commitment(e.getKey()), e.getValue(),
                        history.getOrDefault(e.getKey(), List.of()).stream()
                                .filter(p -> !p.progress().date().isAfter(asOf)).toList()))
                .toList();
        return new Digest(recipient, asOf, groups);
    }

    public List<Notice> notices() {
        return groups.stream().flatMap(g -> g.notices().stream()).toList();
    }

    /**
     * {@code [Pactwatch] 2 critical, 3 warning: cooperation commitments as of 2019-05-01}, with ", 1 resolved" when
     * any resolved. Built from counts and the date only: no text from articles ever reaches a header.
     */
    public String subject() {
        List<Alert> firing = notices().stream().filter(n -> !n.isResolved()).map(Notice::alert).toList();
        long resolved = notices().stream().filter(Notice::isResolved).count();
        List<String> parts = new ArrayList<>();
        if (!firing.isEmpty()) {
            parts.add(Alert.countBySeverity(firing));
        }
        if (resolved > 0) {
            parts.add(resolved + " resolved");
        }
        return "[Pactwatch] " + String.join(", ", parts) + ": cooperation commitments as of " + asOf;
    }

    /** The commitments whose deadline is still ahead on the as-of date: the digest's calendar entries. */
    public List<Commitment> upcomingDeadlines() {
        return groups.stream().filter(g -> !g.firing().isEmpty())
                .flatMap(g -> g.commitment().stream())
                .filter(c -> c.due() != null && !c.due().end().isBefore(asOf))
                .sorted(Comparator.comparing((Commitment c) -> c.due().end()).thenComparing(Commitment::id))
                .toList();
    }
}
