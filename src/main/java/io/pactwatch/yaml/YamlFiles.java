package io.pactwatch.yaml;

import io.pactwatch.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths a user named into YAML files: files as given, directories as their {@code *.yaml}/{@code *.yml}. */
public final class YamlFiles {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml");

    private YamlFiles() {
    }

    /**
     * The files named or contained (not recursively), sorted per directory. A path that does not exist is a
     * problem; so is finding no file at all, described as {@code what} ("registry files").
     */
    public static List<Path> expand(List<Path> paths, String what, List<Problem> problems) {
        return expand(paths, what, EXTENSIONS, problems);
    }

    /** Like {@link #expand(List, String, List)}, listing directories for files ending in one of {@code extensions}. */
    public static List<Path> expand(List<Path> paths, String what, List<String> extensions, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        int before = problems.size();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(file -> hasExtension(file, extensions)).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                problems.add(Problem.at(path, 0, "no such file or directory"));
            }
        }
        if (files.isEmpty() && problems.size() == before) {
            String patterns = String.join(", ", extensions.stream().map(e -> "*" + e).toList());
            paths.forEach(p -> problems.add(Problem.at(p, 0, "no " + what + " (" + patterns + ") here")));
        }
        return files;
    }

    private static boolean hasExtension(Path file, List<String> extensions) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && extensions.stream().anyMatch(name::endsWith);
    }
}
