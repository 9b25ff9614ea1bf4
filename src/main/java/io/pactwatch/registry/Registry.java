package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
     * The registry as it was known on {@code day}: commitments announced by then and progress dated by then.
     * An evaluation as of 2015 must not know of a conference announced in 2018, nor of a meeting held in 2016.
     */
    public Registry asKnownOn(LocalDate day) {
        return new Registry(
                commitments.stream().filter(c -> !c.announced().isAfter(day)).toList(),
                progress.stream().filter(p -> !p.date().isAfter(day)).toList());
    }
}
