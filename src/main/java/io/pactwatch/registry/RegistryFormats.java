package io.pactwatch.registry;

import io.pactwatch.model.Problem;
import io.pactwatch.registry.RegistryFileReader.Contents;

import java.nio.file.Path;
import java.util.List;

/**
 * The file formats a registry may be written in, chosen by file extension: YAML (docs/registry.md), and
 * JSON Lines and CSV for registries exported from spreadsheets and other tools (docs/benchmarks.md). One directory may
 * mix them; the checks across files do not care which format an entry came from.
 */
final class RegistryFormats {

    static final String JSON_LINES = ".jsonl";
    static final String CSV = ".csv";
    /** Every extension a registry directory is listed for. */
    static final List<String> EXTENSIONS = List.of(".yaml", ".yml", JSON_LINES, CSV);

    private RegistryFormats() {
    }

    /**
     * @param content the bytes of {@code file}
     * @param shared  the values shared with the other files of the same registry
     */
    static Contents read(Path file, byte[] content, List<Problem> problems, Canonical shared) {
        String name = file.getFileName().toString();
        if (name.endsWith(JSON_LINES)) {
            return JsonLinesReader.read(file, content, problems, shared);
        }
        if (name.endsWith(CSV)) {
            return CsvRegistryReader.read(file, content, problems, shared);
        }
        return RegistryFileReader.read(file, content, problems, shared);
    }
}
