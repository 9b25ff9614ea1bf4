package io.pactwatch.registry;

import io.pactwatch.model.Problem;
import io.pactwatch.yaml.Scalars;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A registry entry from a flat format, a JSON Lines object or a CSV row: the values by key, each a non-blank
 * string or a list of them. Problems are reported at the line the entry starts on; their messages name the key
 * (the column), as the YAML reader's do.
 */
final class FlatEntry implements Entry {

    private final Path file;
    private final int line;
    private final Map<String, Object> values;
    private final List<Problem> problems;

    /** @param values key to a non-blank {@code String} or a {@code List<String>}; absent keys are left out */
    FlatEntry(Path file, int line, Map<String, Object> values, List<Problem> problems) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.problems = problems;
    }

    @Override
    public boolean has(String key) {
        return values.containsKey(key);
    }

    @Override
    public void problem(String key, String message) {
        problems.add(Problem.at(file, line, message));
    }

    @Override
    public Optional<String> text(String key) {
        Object value = values.get(key);
        if (value instanceof List<?>) {
            problem(key, "\"" + key + "\" must be a single value, not a list");
            return Optional.empty();
        }
        return Optional.ofNullable((String) value).map(String::strip);
    }

    @Override
    public Optional<String> required(String key) {
        if (!has(key)) {
            problem(key, "missing required key \"" + key + "\"");
            return Optional.empty();
        }
        return text(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> texts(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? (List<String>) list : List.of(((String) value).strip());
    }

    @Override
    public List<String> addresses(String key) {
        return Scalars.addresses(texts(key), message -> problem(key, message));
    }

    @Override
    public Optional<Boolean> bool(String key) {
        return parsed(key, text -> Scalars.bool(key, text));
    }

    @Override
    public Optional<LocalDate> date(String key) {
        return parsed(key, text -> Scalars.date(key, text));
    }

    @Override
    public <T> Optional<T> parsed(String key, Function<String, T> parser) {
        return Scalars.parse(text(key), parser, message -> problem(key, message));
    }
}
