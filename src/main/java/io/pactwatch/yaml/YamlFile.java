package io.pactwatch.yaml;

import io.pactwatch.model.Problem;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One YAML file being read, and the problems found in it so far, each with its line.
 *
 * <p>Values are read as text from the node tree (YAML 1.2 core schema), never through YAML 1.1's implicit
 * typing: {@code NO} (Norway) stays the string "NO" instead of turning into {@code false} (docs/architecture.md).
 */
public final class YamlFile {

    /**
     * Every scalar is text to us (this class and {@link Mapping} never look at a node's tag), so the implicit
     * typing regexes of snakeyaml-engine's default (JSON) schema, and its {@code ${ENV}} check on every plain
     * scalar, were pure cost: a tenth of the time to load a large registry (docs/benchmarks.md). That schema resolves no merge
     * keys ({@code <<}), the one tag the composer itself acts on, so the node tree is the same.
     */
    private static final Schema TEXT_ONLY = new Schema() {
        @Override
        public ScalarResolver getScalarResolver() {
            return (value, implicit) -> Tag.STR;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return Map.of();
        }
    };

    /** The largest file, in characters: snakeyaml-engine's own default limit, said here so that the error can. */
    static final int MAX_FILE_CHARACTERS = 3 * 1024 * 1024;

    private final Path file;
    private final List<Problem> problems;

    private YamlFile(Path file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * Reads {@code file}'s top-level mapping, whose keys must be among {@code allowedKeys}. Empty when the
     * file is unreadable, not YAML, or not a mapping; the reason is then among {@code problems}.
     */
    public static Optional<Mapping> readMapping(Path file, Set<String> allowedKeys, List<Problem> problems) {
        try {
            return readMapping(file, Files.readAllBytes(file), allowedKeys, problems);
        } catch (IOException e) {
            problems.add(Problem.at(file, 0, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Like {@link #readMapping(Path, Set, List)} for {@code content}, the bytes already read from {@code file}
     * (by a caller that compares them with what it read last time).
     */
    public static Optional<Mapping> readMapping(Path file, byte[] content, Set<String> allowedKeys,
                                                List<Problem> problems) {
        YamlFile yaml = new YamlFile(file, problems);
        return yaml.compose(content).flatMap(root -> yaml.mapping(root, "the file", allowedKeys));
    }

    public Path path() {
        return file;
    }

    private Optional<Node> compose(byte[] content) {
        String text;
        try {
            text = utf8(content);
        } catch (CharacterCodingException e) {
            problems.add(Problem.at(file, 0, "not UTF-8 text; save the file as UTF-8"));
            return Optional.empty();
        }
        if (text.length() > MAX_FILE_CHARACTERS && text.codePointCount(0, text.length()) > MAX_FILE_CHARACTERS) {
            problems.add(Problem.at(file, 0, "the file has more than " + MAX_FILE_CHARACTERS
                    + " characters; split it into several files of the registry"));
            return Optional.empty();
        }
        try {
            // The reader's window is the whole text, read at once: with the default window of 1,024 characters the
            // scanner copied the window again for each of them in a long scalar, and a 3 MB quoted scalar took
            // minutes to refuse.
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString())
                    .setSchema(TEXT_ONLY).setCodePointLimit(MAX_FILE_CHARACTERS).setBufferSize(text.length() + 1)
                    .build();
            Optional<Node> root = LeanComposer.compose(settings, text);
            if (root.isEmpty()) {
                problems.add(Problem.at(file, 1, "the file is empty"));
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            problems.add(new Problem(file, mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), "malformed YAML: " + oneLine(e.getProblem())));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(Problem.at(file, 0, "malformed YAML: " + oneLine(e.getMessage())));
            return Optional.empty();
        }
    }

    /** The node as a mapping with only {@code allowedKeys}, or a problem saying what {@code what} must be. */
    Optional<Mapping> mapping(Node node, String what, Set<String> allowedKeys) {
        if (node instanceof MappingNode map) {
            return Optional.of(new Mapping(this, map, allowedKeys));
        }
        problem(node, what + " must be a mapping of keys to values");
        return Optional.empty();
    }

    void problem(Node at, String message) {
        problems.add(Problem.at(file, line(at), message));
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** A scalar's text, or empty for YAML's null ({@code ~}, {@code null} or nothing). */
    static Optional<String> text(ScalarNode scalar) {
        String value = scalar.getValue();
        boolean plain = scalar.isPlain();
        if (plain && (value.isEmpty() || value.equals("~") || value.equals("null"))) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * The text of {@code content}, which must be UTF-8. {@code new String} is the fast way (no intermediate buffer
     * twice the file's size) but replaces malformed input with U+FFFD silently; only a text that contains U+FFFD is
     * decoded again strictly, to tell a malformed file from one that really holds that character.
     */
    private static String utf8(byte[] content) throws CharacterCodingException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
        }
        return text;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
