package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Progress;
import io.pactwatch.model.Status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A validated registry: every commitment and progress entry of a registry directory. Immutable; a value like a
 * record, and a class only so that it can remember how it splits into parts ({@link #parts(int)}).
 */
public final class Registry {

    private final List<Commitment> commitments;
    private final List<Progress> progress;
    /** The last split asked for: the daemon evaluates the same registry day after day (docs/benchmarks.md). */
    private volatile Split split;
    /** Commitments by id, built on the first look-up: a pass looks one up per alert, notice and digest group. */
    private volatile Map<String, Commitment> byId;

    private record Split(int maxSize, List<Registry> parts) {
    }

    public Registry(List<Commitment> commitments, List<Progress> progress) {
        this.commitments = List.copyOf(commitments);
        this.progress = List.copyOf(progress);
    }

    public List<Commitment> commitments() {
        return commitments;
    }

    public List<Progress> progress() {
        return progress;
    }

    /**
     * This registry in parts that share no link, of about {@code maxSize} commitments each ({@link Partitions});
     * computed on the first call for a size and kept, since splitting a million commitments takes a fifth of a
     * second and the registry does not change.
     */
    public List<Registry> parts(int maxSize) {
        Split known = split;
        if (known == null || known.maxSize() != maxSize) {
            known = new Split(maxSize, Partitions.of(this, maxSize));
            split = known;
        }
        return known.parts();
    }

    public Optional<Commitment> commitment(String id) {
        Map<String, Commitment> index = byId;
        if (index == null) {
            Map<String, Commitment> built = new HashMap<>(commitments.size() * 2);
            commitments.forEach(c -> built.putIfAbsent(c.id(), c)); // the first of a (rejected) duplicate id wins
            index = built;
            byId = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    public List<Progress> progressOf(String id) {
        return progress.stream().filter(p -> p.commitment().equals(id)).toList();
    }

    /**
     * The registry as it was known on {@code day}: commitments announced by then, progress dated by then, and
     * statuses as they stood then. An evaluation as of 2015 must not know of a conference announced in 2018, of
     * a meeting held in 2016, nor that an agreement in force in 2012 was terminated in 2013.
     */
    public Registry asKnownOn(LocalDate day) {
        List<Progress> known = progress.stream().filter(p -> !p.date().isAfter(day)).toList();
        Map<String, List<Progress>> byCommitment = progress.stream().collect(Collectors.groupingBy(Progress::commitment));
        return new Registry(
                commitments.stream().filter(c -> !c.announced().isAfter(day))
                        .map(c -> statusOn(c, byCommitment.getOrDefault(c.id(), List.of()), day)).toList(),
                known);
    }

    /**
     * A closed status (terminated, cancelled, fulfilled) that only progress after {@code day} explains was not yet
     * the status on {@code day}: the commitment was still in progress. A closed status that no dated progress
     * explains is kept as written, since nothing tells when it changed.
     */
    private static Commitment statusOn(Commitment c, List<Progress> history, LocalDate day) {
        if (c.isOpen()) {
            return c;
        }
        List<Progress> closing = history.stream()
                .filter(p -> p.kind().closesAs().filter(c.status()::equals).isPresent())
                .toList();
        boolean closedLater = !closing.isEmpty() && closing.stream().allMatch(p -> p.date().isAfter(day));
        return closedLater ? c.withStatus(Status.IN_PROGRESS) : c;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Registry r && commitments.equals(r.commitments) && progress.equals(r.progress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(commitments, progress);
    }

    @Override
    public String toString() {
        return "Registry[" + commitments.size() + " commitments, " + progress.size() + " progress entries]";
    }
}
