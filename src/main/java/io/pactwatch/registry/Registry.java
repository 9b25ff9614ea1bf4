package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Progress;
import io.pactwatch.model.Status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A validated registry: every commitment and progress entry of a registry directory. */
public record Registry(List<Commitment> commitments, List<Progress> progress) {

    public Registry {
        commitments = List.copyOf(commitments);
        progress = List.copyOf(progress);
    }

    public Optional<Commitment> commitment(String id) {
        return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
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
}
