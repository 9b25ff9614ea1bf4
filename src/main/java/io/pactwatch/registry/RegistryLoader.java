package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Progress;
import io.pactwatch.registry.RegistryFileReader.Contents;
import io.pactwatch.registry.RegistryFileReader.Located;
import io.pactwatch.yaml.DidYouMean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a registry from YAML files and directories of them. It is all or nothing: any problem in any file
 * rejects the whole registry with every problem listed, so that an evaluation never runs on part of it.
 */
public final class RegistryLoader {

    private RegistryLoader() {
    }

    /**
     * @param paths registry files, or directories whose {@code *.yaml}/{@code *.yml} files are read (not recursively)
     * @throws InvalidInputException listing every problem found, as {@code file:line: message}
     */
    public static Registry load(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        Registry registry = read(paths, problems);
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
        read(paths, problems);
        return problems.stream().sorted(Problem.FILE_ORDER).toList();
    }

    private static Registry read(List<Path> paths, List<Problem> problems) {
        List<Located<Commitment>> commitments = new ArrayList<>();
        List<Located<Progress>> progress = new ArrayList<>();
        for (Path file : files(paths, problems)) {
            Contents contents = RegistryFileReader.read(file, problems);
            commitments.addAll(contents.commitments());
            progress.addAll(contents.progress());
        }
        crossCheck(commitments, progress, problems);
        return new Registry(commitments.stream().map(Located::value).toList(),
                progress.stream().map(Located::value).toList());
    }

    private static List<Path> files(List<Path> paths, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(RegistryLoader::isYaml).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list the registry directory " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.add(Problem.at(path, 0, "no such file or directory"));
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            paths.forEach(p -> problems.add(Problem.at(p, 0, "no registry files (*.yaml, *.yml) here")));
        }
        return files;
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** Checks that span files: unique ids, links that resolve, progress not older than its commitment. */
    private static void crossCheck(List<Located<Commitment>> commitments, List<Located<Progress>> progress,
                                   List<Problem> problems) {
        Map<String, Located<Commitment>> byId = new HashMap<>();
        for (Located<Commitment> c : commitments) {
            Located<Commitment> first = byId.putIfAbsent(c.value().id(), c);
            if (first != null) {
                problems.add(c.problem("id", "duplicate id \"" + c.value().id() + "\": already declared at "
                        + first.file() + ":" + first.at().line("id")));
            }
        }
        for (Located<Commitment> c : commitments) {
            checkLinks(c, "depends-on", c.value().dependsOn(), byId, problems);
            checkLinks(c, "supersedes", c.value().supersedes(), byId, problems);
        }
        for (Located<Progress> p : progress) {
            Located<Commitment> target = byId.get(p.value().commitment());
            if (target == null) {
                problems.add(p.problem("commitment", unknownId(p.value().commitment(), byId)));
            } else if (p.value().date().isBefore(target.value().announced())) {
                problems.add(p.problem("date", "progress dated " + p.value().date() + " is before \""
                        + target.value().id() + "\" was announced (" + target.value().announced()
                        + "); fix the date or the announcement"));
            }
        }
    }

    private static void checkLinks(Located<Commitment> c, String key, List<String> ids,
                                   Map<String, Located<Commitment>> byId, List<Problem> problems) {
        for (String id : ids) {
            if (id.equals(c.value().id())) {
                problems.add(c.problem(key, "\"" + id + "\" cannot refer to itself in \"" + key + "\""));
            } else if (!byId.containsKey(id)) {
                problems.add(c.problem(key, key + ": " + unknownId(id, byId)));
            }
        }
    }

    private static String unknownId(String id, Map<String, ?> byId) {
        return "no commitment has the id \"" + id + "\"" + DidYouMean.hint(id, byId.keySet());
    }
}
