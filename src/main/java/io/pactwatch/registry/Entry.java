package io.pactwatch.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One registry entry's fields, whatever file format they were read from (a YAML mapping, a JSON Lines object, a
 * CSV row): the typed accessors that {@link EntryReader}'s field checks read. Each accessor reports a problem at
 * the entry's place in its file and returns empty, so that reading goes on and every problem is found.
 */
interface Entry {

    boolean has(String key);

    /** Reports a problem about {@code key} (at its line where the format knows it, else the entry's). */
    void problem(String key, String message);

    Optional<String> text(String key);

    /** Like {@link #text}, with a problem when the key is missing or empty. */
    Optional<String> required(String key);

    /** One value or a list of values; an empty list when absent. */
    List<String> texts(String key);

    /** Bare {@code name@domain} addresses; a problem for each that is not one. */
    List<String> addresses(String key);

    Optional<Boolean> bool(String key);

    Optional<LocalDate> date(String key);

    /** The text converted by {@code parser}; its {@link IllegalArgumentException} becomes a problem. */
    <T> Optional<T> parsed(String key, Function<String, T> parser);
}
