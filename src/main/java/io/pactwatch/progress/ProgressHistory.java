package io.pactwatch.progress;

import io.pactwatch.model.Progress;
import io.pactwatch.registry.Registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry's progress and the progress recorded in Pactwatch, as one history. One commitment, kind and day
 * make one fact: a stored entry whose fact the files also state is not counted again, and the file's entry wins
 * (its note included), since the files are what teams review and keep (docs/notifications.md).
 */
public final class ProgressHistory {

    private final Registry registry;
    private final Map<RecordedProgress.Key, RecordedProgress> counted;
    private final List<RecordedProgress> alsoInFiles;
    /** Computed on first use: a pass's digests ask for it once per commitment they cover. */
    private volatile Map<String, List<RecordedProgress>> byCommitment;

    private ProgressHistory(Registry registry, Map<RecordedProgress.Key, RecordedProgress> counted,
                            List<RecordedProgress> alsoInFiles) {
        this.registry = registry;
        this.counted = counted;
        this.alsoInFiles = alsoInFiles;
    }

    /** The files' progress alone. */
    public static ProgressHistory filesOnly(Registry files) {
        return new ProgressHistory(files, Map.of(), List.of());
    }

    /** {@code files} with {@code stored} merged in; the same registry object when nothing is stored. */
    public static ProgressHistory of(Registry files, List<RecordedProgress> stored) {
        if (stored.isEmpty()) {
            return filesOnly(files);
        }
        Set<RecordedProgress.Key> inFiles = new HashSet<>();
        files.progress().forEach(p -> inFiles.add(RecordedProgress.Key.of(p)));
        Map<RecordedProgress.Key, RecordedProgress> counted = new HashMap<>();
        List<RecordedProgress> alsoInFiles = new ArrayList<>();
        List<Progress> merged = new ArrayList<>(files.progress());
        for (RecordedProgress entry : stored) {
            if (inFiles.contains(entry.key())) {
                alsoInFiles.add(entry);
            } else if (counted.putIfAbsent(entry.key(), entry) == null) {
                merged.add(entry.progress());
            }
        }
        return new ProgressHistory(new Registry(files.commitments(), merged), Map.copyOf(counted),
                List.copyOf(alsoInFiles));
    }

    /** The registry with every counted progress entry: what rules evaluate. */
    public Registry registry() {
        return registry;
    }

    /** Where {@code progress} (an entry of {@link #registry()}) comes from. */
    public RecordedProgress provenance(Progress progress) {
        RecordedProgress stored = counted.get(RecordedProgress.Key.of(progress));
        return stored != null && stored.progress().equals(progress) ? stored : RecordedProgress.ofFile(progress);
    }

    /** One commitment's progress with its provenance, by date (then as recorded). */
    public List<RecordedProgress> of(String commitment) {
        return registry.progressOf(commitment).stream().map(this::provenance)
                .sorted(Comparator.comparing((RecordedProgress r) -> r.progress().date()))
                .toList();
    }

    /** Every commitment's progress with its provenance, by date: one pass over the progress, for listings. */
    public Map<String, List<RecordedProgress>> byCommitment() {
        Map<String, List<RecordedProgress>> known = byCommitment;
        if (known == null) {
            Map<String, List<RecordedProgress>> by = new HashMap<>();
            registry.progress().stream().map(this::provenance)
                    .forEach(r -> by.computeIfAbsent(r.progress().commitment(), id -> new ArrayList<>()).add(r));
            // each commitment's few entries sorted apart (a stable sort: the same order as sorting them all first),
            // not the whole registry's progress at once: the digests of a 10^5 pass read this
            by.values().forEach(entries -> entries.sort(Comparator.comparing((RecordedProgress r) -> r.progress().date())));
            known = Map.copyOf(by);
            byCommitment = known;
        }
        return known;
    }

    /** Stored entries that the files state too (already folded back): not counted, safe to clear. */
    public List<RecordedProgress> alsoInFiles() {
        return alsoInFiles;
    }
}
