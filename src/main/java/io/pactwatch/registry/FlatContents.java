package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Progress;
import io.pactwatch.model.Source;
import io.pactwatch.registry.RegistryFileReader.Contents;
import io.pactwatch.registry.RegistryFileReader.Located;
import io.pactwatch.yaml.DidYouMean;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a flat-format reader (JSON Lines, CSV) collects from one file: entries checked by the same
 * {@link EntryReader} as YAML entries, each located at the line it starts on.
 */
final class FlatContents {

    /** U+FEFF, which spreadsheets write at the start of "UTF-8 with BOM" exports. */
    static final char BOM = '\uFEFF';

    private final Path file;
    private final List<Problem> problems;
    private final EntryReader entries;
    private final List<Located<Commitment>> commitments = new ArrayList<>();
    private final List<Located<Progress>> progress = new ArrayList<>();
    private final Set<String> rejectedIds = new HashSet<>();

    private FlatContents(Path file, List<Problem> problems, Canonical shared) {
        this.file = file;
        this.problems = problems;
        this.entries = new EntryReader(problems, shared);
    }

    /**
     * Reads {@code file} with the reader {@code format} makes for the file's contents.
     *
     * @param content the bytes of {@code file}
     * @param shared  the values shared with the other files of the same registry
     */
    static Contents read(Path file, byte[] content, List<Problem> problems, Canonical shared,
                         Function<FlatContents, TextReader> format) {
        FlatContents contents = new FlatContents(file, problems, shared);
        readText(file, content, problems, format.apply(contents));
        return contents.contents();
    }

    /** Reads {@code content} as strict UTF-8 text; undecodable bytes or a reader's I/O errors become a problem. */
    private static void readText(Path file, byte[] content, List<Problem> problems, TextReader reader) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content),
                StandardCharsets.UTF_8.newDecoder()))) {
            reader.read(in);
        } catch (MalformedInputException e) {
            problems.add(Problem.at(file, 0, "not UTF-8 text; save the file as UTF-8"));
        } catch (IOException e) {
            problems.add(Problem.at(file, 0, "cannot read the file: " + e.getMessage()));
        }
    }

    @FunctionalInterface
    interface TextReader {
        void read(BufferedReader in) throws IOException;
    }

    /** "unknown key \"x\" (did you mean \"y\"?); allowed here: ..." with {@code what} for "key". */
    static String unknown(String what, String name, Set<String> allowed) {
        return "unknown " + what + " \"" + name + "\"" + DidYouMean.hint(name, allowed) + "; allowed here: "
                + String.join(", ", allowed);
    }

    void problem(int line, String message) {
        problems.add(Problem.at(file, line, message));
    }

    Source source(int line, Map<String, Object> values) {
        return entries.source(new FlatEntry(file, line, values, problems));
    }

    void commitment(int line, Map<String, Object> values, Source source) {
        entries.commitment(new FlatEntry(file, line, values, problems), source).ifPresentOrElse(
                c -> commitments.add(Located.at(c, file, line)),
                () -> {
                    if (values.get("id") instanceof String id) {
                        rejectedIds.add(id.strip());
                    }
                });
    }

    void progress(int line, Map<String, Object> values) {
        entries.progress(new FlatEntry(file, line, values, problems))
                .ifPresent(p -> progress.add(Located.at(p, file, line)));
    }

    Contents contents() {
        return new Contents(commitments, progress, rejectedIds);
    }
}
