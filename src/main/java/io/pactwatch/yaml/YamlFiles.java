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
                    for (Path file : listing.filter(f -> namedLike(f, extensions)).sorted().toList()) {
                        String skipped = notAFile(file);
                        if (skipped == null) {
                            files.add(file);
                        } else {
                            problems.add(Problem.at(file, 0, skipped));
                        }
                    }
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

    private static boolean namedLike(Path file, List<String> extensions) {
        String name = file.getFileName().toString();
        return extensions.stream().anyMatch(name::endsWith);
    }

    /**
     * Why {@code file}, named like an input, cannot be read as one; null when it is a regular file (or a link to
     * one). Such a file is a problem, never skipped in silence: a registry file behind a share that is not
     * mounted would otherwise drop its commitments, and their alerts would be told as resolved.
     */
    public static String notAFile(Path file) {
        if (Files.isRegularFile(file)) {
            return null;
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException e) {
                target = "a target that cannot be read";
            }
            return "not read: a symbolic link to " + target + ", which does not exist (a share not mounted?);"
                    + " restore its target or remove the link";
        }
        if (Files.isDirectory(file)) {
            return "not read: a directory named like a file (subdirectories are not read); rename it or move its"
                    + " files up";
        }
        return "not read: not a regular file (a named pipe, socket or device, which could block the reader);"
                + " remove it";
    }
}
