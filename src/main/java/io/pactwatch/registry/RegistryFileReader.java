package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Progress;
import io.pactwatch.model.Source;
import io.pactwatch.yaml.Mapping;
import io.pactwatch.yaml.YamlFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads one registry file into commitments and progress, reporting every problem of the file itself. */
final class RegistryFileReader {

    /**
     * A value read from a file, with the lines of the keys that checks across files report on. Only those
     * lines are kept, not the YAML node tree: a registry of a million commitments must fit in memory (docs/benchmarks.md).
     * Up to three such lines, as fields rather than a map or array: one object per entry, not two or more.
     *
     * @param keys  the keys whose lines are kept, in the order of {@code first}, {@code second}, {@code third}
     * @param line  the line of the entry
     * @param first the line of the first of {@code keys}, 0 when it is absent (and so on)
     */
    record Located<T>(T value, Path file, List<String> keys, int line, int first, int second, int third) {

        /** The keys of a commitment and of a progress entry whose lines cross-file checks name. */
        static final List<String> COMMITMENT_KEYS = List.of("id", "depends-on", "supersedes");
        static final List<String> PROGRESS_KEYS = List.of("commitment", "date");

        static <T> Located<T> of(T value, Path file, Mapping at, List<String> keys) {
            return new Located<>(value, file, keys, at.line(), lineOf(at, keys, 0), lineOf(at, keys, 1),
                    lineOf(at, keys, 2));
        }

        /** A value whose keys all stand on its own line (a JSON Lines line, a CSV row). */
        static <T> Located<T> at(T value, Path file, int line) {
            return new Located<>(value, file, List.of(), line, 0, 0, 0);
        }

        private static int lineOf(Mapping at, List<String> keys, int index) {
            return index < keys.size() && at.has(keys.get(index)) ? at.line(keys.get(index)) : 0;
        }

        int line(String key) {
            int kept = switch (keys.indexOf(key)) {
                case 0 -> first;
                case 1 -> second;
                case 2 -> third;
                default -> 0;
            };
            return kept == 0 ? line : kept;
        }

        Problem problem(String key, String message) {
            return Problem.at(file, line(key), message);
        }
    }

    /**
     * What one file holds once read. Entries with problems are left out (the problems are reported); their ids
     * are kept so that links to them are not reported a second time as dangling.
     */
    record Contents(List<Located<Commitment>> commitments, List<Located<Progress>> progress, Set<String> rejectedIds) {

        /** What a file that could not be read or parsed holds. */
        static final Contents NONE = new Contents(List.of(), List.of(), Set.of());
    }

    private final Path file;
    private final EntryReader entries;

    private RegistryFileReader(Path file, List<Problem> problems, Canonical shared) {
        this.file = file;
        this.entries = new EntryReader(problems, shared);
    }

    /** @param content the bytes of {@code file} */
    static Contents read(Path file, byte[] content, List<Problem> problems, Canonical shared) {
        return YamlFile.readMapping(file, content, Fields.FILE, problems)
                .map(mapping -> read(file, mapping, problems, shared))
                .orElse(Contents.NONE);
    }

    /**
     * Reads the registry keys of {@code top}, a mapping of {@code file} that may hold other keys too.
     *
     * @param shared the values shared with the other files of the same registry
     */
    static Contents read(Path file, Mapping top, List<Problem> problems, Canonical shared) {
        return new RegistryFileReader(file, problems, shared).read(top);
    }

    private Contents read(Mapping top) {
        List<Located<Commitment>> commitments = new ArrayList<>();
        List<Located<Progress>> progress = new ArrayList<>();
        Set<String> rejectedIds = new HashSet<>();
        Source source = top.mapping("source", Fields.SOURCE).map(m -> entries.source(new YamlEntry(m))).orElse(null);
        if (!top.has("commitments") && !top.has("progress")) {
            top.problem("commitments", "the file declares no \"commitments\" and no \"progress\"");
        }
        for (Mapping entry : top.mappings("commitments", Fields.COMMITMENT)) {
            entries.commitment(new YamlEntry(entry), source).ifPresentOrElse(
                    c -> commitments.add(Located.of(c, file, entry, Located.COMMITMENT_KEYS)),
                    () -> entry.text("id").ifPresent(rejectedIds::add));
        }
        for (Mapping entry : top.mappings("progress", Fields.PROGRESS)) {
            entries.progress(new YamlEntry(entry))
                    .ifPresent(p -> progress.add(Located.of(p, file, entry, Located.PROGRESS_KEYS)));
        }
        return new Contents(commitments, progress, rejectedIds);
    }
}
