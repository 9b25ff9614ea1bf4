package io.pactwatch.yaml;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A YAML mapping whose keys were checked on construction (unknown keys get a "did you mean", duplicates are
 * named with both lines). Each accessor reads one key and reports a problem at that key's line when its
 * value is not of the expected shape, returning empty so that reading goes on and every problem is found.
 */
public final class Mapping {

    private final YamlFile file;
    private final MappingNode node;
    /**
     * The accepted keys and their entries, at the same index. Arrays searched in turn rather than a map: a mapping
     * has a handful of keys, and a large registry has millions of mappings (docs/benchmarks.md).
     */
    private final String[] keys;
    private final NodeTuple[] entries;
    private int size;

    Mapping(YamlFile file, MappingNode node, Set<String> allowedKeys) {
        this.file = file;
        this.node = node;
        int most = Math.min(node.getValue().size(), allowedKeys.size());
        this.keys = new String[most];
        this.entries = new NodeTuple[most];
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            String allowed = key == null ? null : allowed(key, allowedKeys);
            if (key == null) {
                file.problem(tuple.getKeyNode(), "a key must be a plain word");
            } else if (allowed == null) {
                file.problem(tuple.getKeyNode(), "unknown key \"" + key + "\"" + DidYouMean.hint(key, allowedKeys)
                        + "; allowed here: " + String.join(", ", allowedKeys));
            } else if (entry(allowed) != null) {
                file.problem(tuple.getKeyNode(), "duplicate key \"" + key + "\" (first given at line "
                        + YamlFile.line(entry(allowed).getKeyNode()) + ")");
            } else {
                keys[size] = allowed;
                entries[size++] = tuple;
            }
        }
    }

    /**
     * The instance of {@code key} in {@code allowedKeys}, or null. Keeping that instance, usually the same string
     * constant the accessors are called with, lets {@link #entry} match by identity instead of reading each key's
     * text again from a node tree long out of the processor's cache (docs/benchmarks.md).
     */
    private static String allowed(String key, Set<String> allowedKeys) {
        for (String allowed : allowedKeys) {
            if (allowed.equals(key)) {
                return allowed;
            }
        }
        return null;
    }

    /** The entry of {@code key}, or null. */
    private NodeTuple entry(String key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return entries[i];
            }
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return entries[i];
            }
        }
        return null;
    }

    /** 1-based line of the mapping's first key. */
    public int line() {
        return YamlFile.line(node);
    }

    /** 1-based line of {@code key}, or of the mapping when the key is absent. */
    public int line(String key) {
        NodeTuple tuple = entry(key);
        return tuple == null ? line() : YamlFile.line(tuple.getKeyNode());
    }

    public boolean has(String key) {
        NodeTuple tuple = entry(key);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    /** Reports a problem at {@code key}'s line (or the mapping's, when absent). */
    public void problem(String key, String message) {
        NodeTuple tuple = entry(key);
        file.problem(tuple == null ? node : tuple.getKeyNode(), message);
    }

    /** The text of a scalar value; a problem when it is a list or mapping. */
    public Optional<String> text(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof ScalarNode scalar) {
                return YamlFile.text(scalar).map(String::strip);
            }
            problem(key, "\"" + key + "\" must be a single value, not a list or mapping");
            return Optional.empty();
        });
    }

    /** Like {@link #text}, with a problem when the key is missing or empty. */
    public Optional<String> required(String key) {
        if (!has(key)) {
            problem(key, "missing required key \"" + key + "\"");
            return Optional.empty();
        }
        return text(key);
    }

    /** One value or a list of values, as text; an empty list when absent. */
    public List<String> texts(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        List<Node> items = value.get() instanceof SequenceNode seq ? seq.getValue() : List.of(value.get());
        List<String> texts = new ArrayList<>();
        for (Node item : items) {
            Optional<String> text = item instanceof ScalarNode s ? YamlFile.text(s) : Optional.empty();
            if (text.isPresent()) {
                texts.add(text.get().strip());
            } else {
                file.problem(item, "\"" + key + "\" must be a list of names (quote a name that YAML might "
                        + "read otherwise); got an empty or nested entry");
            }
        }
        return texts;
    }

    /**
     * One email address or a list of them, each a bare {@code name@domain} (no display name: nothing of it may
     * reach a mail header unchecked); a problem for each that is not.
     */
    public List<String> addresses(String key) {
        return Scalars.addresses(texts(key), message -> problem(key, message));
    }

    public Optional<Boolean> bool(String key) {
        return parsed(key, text -> Scalars.bool(key, text));
    }

    public Optional<LocalDate> date(String key) {
        return parsed(key, text -> Scalars.date(key, text));
    }

    /**
     * The text of {@code key} converted by {@code parser}; an {@link IllegalArgumentException} from the parser
     * becomes a problem at the key's line carrying the exception's message.
     */
    public <T> Optional<T> parsed(String key, Function<String, T> parser) {
        return Scalars.parse(text(key), parser, message -> problem(key, message));
    }

    /**
     * A whole number of {@code unit} (0 or more, up to nine digits, so that it fits an int), or {@code fallback}
     * when the key is absent or its value is not one (then a problem names the key, the unit and the value).
     */
    public int whole(String key, int fallback, String unit) {
        return parsed(key, text -> {
            if (text.matches("\\d{1,9}")) {
                return Integer.parseInt(text);
            }
            throw new IllegalArgumentException("\"" + key + "\" must be a whole number of " + unit
                    + " (0 or more), got \"" + text + "\"");
        }).orElse(fallback);
    }

    public Optional<Mapping> mapping(String key, Set<String> allowedKeys) {
        return value(key).flatMap(value -> file.mapping(value, "\"" + key + "\"", allowedKeys));
    }

    /** Each entry of a list of mappings; a problem for the list or an entry of another shape. */
    public List<Mapping> mappings(String key, Set<String> allowedKeys) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode seq)) {
            problem(key, "\"" + key + "\" must be a list (entries start with \"- \")");
            return List.of();
        }
        List<Mapping> items = new ArrayList<>(seq.getValue().size());
        String what = "each entry of \"" + key + "\"";
        for (Node item : seq.getValue()) {
            file.mapping(item, what, allowedKeys).ifPresent(items::add);
        }
        return items;
    }

    private Optional<Node> value(String key) {
        NodeTuple tuple = entry(key);
        return tuple == null || isNull(tuple.getValueNode()) ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && YamlFile.text(s).isEmpty();
    }
}
