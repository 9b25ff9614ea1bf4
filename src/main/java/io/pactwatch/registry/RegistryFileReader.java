package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Progress;
import io.pactwatch.model.Source;
import io.pactwatch.yaml.Mapping;
import io.pactwatch.yaml.YamlFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one registry file into commitments and progress, reporting every problem of the file itself. */
final class RegistryFileReader {

    /**
     * A value read from a file, with the lines of the keys that checks across files report on. Only those
     * lines are kept, not the YAML node tree: a registry of a million commitments must fit in memory (issue 6).
     */
    record Located<T>(T value, Path file, int line, Map<String, Integer> keyLines) {

        /** The keys whose lines cross-file checks name. */
        static final List<String> KEYS = List.of("id", "depends-on", "supersedes", "commitment", "date");

        static <T> Located<T> of(T value, Path file, Mapping at) {
            Map<String, Integer> lines = new HashMap<>();
            for (String key : KEYS) {
                if (at.has(key)) {
                    lines.put(key, at.line(key));
                }
            }
            return new Located<>(value, file, at.line(), Map.copyOf(lines));
        }

        int line(String key) {
            return keyLines.getOrDefault(key, line);
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
    }

    private final Path file;
    private final EntryReader entries;

    private RegistryFileReader(Path file, List<Problem> problems) {
        this.file = file;
        this.entries = new EntryReader(problems);
    }

    static Contents read(Path file, List<Problem> problems) {
        return YamlFile.readMapping(file, Fields.FILE, problems)
                .map(top -> read(file, top, problems))
                .orElseGet(() -> new Contents(List.of(), List.of(), Set.of()));
    }

    /** Reads the registry keys of {@code top}, a mapping of {@code file} that may hold other keys too. */
    static Contents read(Path file, Mapping top, List<Problem> problems) {
        return new RegistryFileReader(file, problems).read(top);
    }

    private Contents read(Mapping top) {
        List<Located<Commitment>> commitments = new ArrayList<>();
        List<Located<Progress>> progress = new ArrayList<>();
        Set<String> rejectedIds = new HashSet<>();
        Source source = top.mapping("source", Fields.SOURCE).map(m -> EntryReader.source(new YamlEntry(m)))
                .orElse(null);
        if (!top.has("commitments") && !top.has("progress")) {
            top.problem("commitments", "the file declares no \"commitments\" and no \"progress\"");
        }
        for (Mapping entry : top.mappings("commitments", Fields.COMMITMENT)) {
            entries.commitment(new YamlEntry(entry), source)
                    .ifPresentOrElse(c -> commitments.add(Located.of(c, file, entry)),
                            () -> entry.text("id").ifPresent(rejectedIds::add));
        }
        for (Mapping entry : top.mappings("progress", Fields.PROGRESS)) {
            entries.progress(new YamlEntry(entry)).ifPresent(p -> progress.add(Located.of(p, file, entry)));
        }
        return new Contents(commitments, progress, rejectedIds);
    }
}
