package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Progress;
import io.pactwatch.registry.RegistryFileReader.Contents;
import io.pactwatch.registry.RegistryFileReader.Located;
import io.pactwatch.yaml.Mapping;
import io.pactwatch.yaml.YamlFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads a registry from YAML files and directories of them. It is all or nothing: any problem in any file
 * rejects the whole registry with every problem listed, so that an evaluation never runs on part of it.
 */
public final class RegistryLoader {

    /** The top-level keys of a registry file. */
    public static final Set<String> KEYS = Fields.FILE;

    private RegistryLoader() {
    }

    /**
     * @param paths registry files, or directories whose {@code *.yaml}/{@code *.yml} files are read (not recursively)
     * @throws InvalidInputException listing every problem found, as {@code file:line: message}
     */
    public static Registry load(List<Path> paths) {
        Canonical shared = new Canonical();
        return load(paths, file -> FileRead.of(file, shared));
    }

    /** Like {@link #load(List)}, with each file read by {@code reader} (which may reuse an earlier read). */
    static Registry load(List<Path> paths, Function<Path, FileRead> reader) {
        List<Problem> problems = new ArrayList<>();
        Registry registry = read(paths, reader, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("registry", problems);
        }
        return registry;
    }

    public static Registry load(Path path) {
        return load(List.of(path));
    }

    /** Every problem of the registry at {@code paths}; empty when it is valid. */
    public static List<Problem> validate(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        Canonical shared = new Canonical();
        read(paths, file -> FileRead.of(file, shared), problems);
        return problems.stream().sorted(Problem.FILE_ORDER).toList();
    }

    /**
     * Reads a registry written inside another YAML document, such as a rule scenario: the {@link #KEYS} of
     * {@code document}, checked as a whole registry. Problems are added to {@code problems}.
     */
    public static Registry read(Path file, Mapping document, List<Problem> problems) {
        Contents contents = RegistryFileReader.read(file, document, problems, new Canonical());
        new CrossCheck(contents.rejectedIds(), problems).check(contents.commitments(), contents.progress());
        return new Registry(contents.commitments().stream().map(Located::value).toList(),
                contents.progress().stream().map(Located::value).toList());
    }

    private static Registry read(List<Path> paths, Function<Path, FileRead> reader, List<Problem> problems) {
        List<Located<Commitment>> commitments = new ArrayList<>();
        List<Located<Progress>> progress = new ArrayList<>();
        Set<String> rejectedIds = new HashSet<>();
        for (FileRead read : FileReads.inOrder(YamlFiles.expand(paths, "registry files", RegistryFormats.EXTENSIONS, problems),
                reader)) {
            problems.addAll(read.problems());
            Contents contents = read.contents();
            commitments.addAll(contents.commitments());
            progress.addAll(contents.progress());
            rejectedIds.addAll(contents.rejectedIds());
        }
        new CrossCheck(rejectedIds, problems).check(commitments, progress);
        return new Registry(commitments.stream().map(Located::value).toList(),
                progress.stream().map(Located::value).toList());
    }
}
