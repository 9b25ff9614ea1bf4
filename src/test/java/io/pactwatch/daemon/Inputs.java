package io.pactwatch.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the shipped inputs for tests that edit them while a daemon runs. */
final class Inputs {

    private Inputs() {
    }

    /** Copies the files (not subdirectories) of {@code from} into {@code to}; returns {@code to}. */
    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
