package io.pactwatch.registry;

import io.pactwatch.model.Problem;
import io.pactwatch.registry.RegistryFileReader.Contents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One registry file read on its own: what it holds and the problems found in it, in the order found. Files are
 * independent until {@link CrossCheck}, so they can be read in parallel and a reload can keep the reads of
 * files that did not change (docs/benchmarks.md).
 */
record FileRead(Contents contents, List<Problem> problems) {

    FileRead {
        problems = List.copyOf(problems);
    }

    /** @param shared the values shared with the other files of the same registry */
    static FileRead of(Path file, Canonical shared) {
        try {
            return of(file, Files.readAllBytes(file), shared);
        } catch (IOException e) {
            return new FileRead(Contents.NONE, List.of(Problem.at(file, 0, "cannot read the file: " + e.getMessage())));
        }
    }

    /** @param content the bytes of {@code file}, already read */
    static FileRead of(Path file, byte[] content, Canonical shared) {
        List<Problem> problems = new ArrayList<>();
        return new FileRead(RegistryFormats.read(file, content, problems, shared), problems);
    }
}
