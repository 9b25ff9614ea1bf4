package io.pactwatch.registry;

import io.pactwatch.yaml.Mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A YAML registry entry: {@link Mapping}'s accessors, so that YAML messages stay exactly as they were. */
record YamlEntry(Mapping mapping) implements Entry {

    @Override
    public boolean has(String key) {
        return mapping.has(key);
    }

    @Override
    public void problem(String key, String message) {
        mapping.problem(key, message);
    }

    @Override
    public Optional<String> text(String key) {
        return mapping.text(key);
    }

    @Override
    public Optional<String> required(String key) {
        return mapping.required(key);
    }

    @Override
    public List<String> texts(String key) {
        return mapping.texts(key);
    }

    @Override
    public List<String> addresses(String key) {
        return mapping.addresses(key);
    }

    @Override
    public Optional<Boolean> bool(String key) {
        return mapping.bool(key);
    }

    @Override
    public Optional<LocalDate> date(String key) {
        return mapping.date(key);
    }

    @Override
    public <T> Optional<T> parsed(String key, Function<String, T> parser) {
        return mapping.parsed(key, parser);
    }
}
