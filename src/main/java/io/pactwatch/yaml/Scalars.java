package io.pactwatch.yaml;

import io.pactwatch.model.EmailAddress;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a value's text becomes a boolean, a date or an address, with the messages users see: one place for
 * {@link Mapping} (YAML) and the registry's flat formats (JSON Lines, CSV), so every format says the same.
 */
public final class Scalars {

    private Scalars() {
    }

    /** {@code true} or {@code false}; anything else is an {@link IllegalArgumentException} naming {@code key}. */
    public static boolean bool(String key, String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("\"" + key + "\" must be true or false, got \"" + text + "\"");
        };
    }

    /** A date written YYYY-MM-DD; anything else is an {@link IllegalArgumentException} naming {@code key}. */
    public static LocalDate date(String key, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + key + "\" must be a date written YYYY-MM-DD, got \""
                    + text + "\"", e);
        }
    }

    /** {@code text} converted by {@code parser}; the parser's {@link IllegalArgumentException} goes to {@code problem}. */
    public static <T> Optional<T> parse(Optional<String> text, Function<String, T> parser, Consumer<String> problem) {
        return text.flatMap(value -> {
            try {
                return Optional.of(parser.apply(value));
            } catch (IllegalArgumentException e) {
                problem.accept(e.getMessage());
                return Optional.empty();
            }
        });
    }

    /**
     * The addresses among {@code texts} that {@link EmailAddress} accepts (no display name: nothing of it may reach a mail
     * header unchecked); each other one goes to {@code problem}.
     */
    public static List<String> addresses(List<String> texts, Consumer<String> problem) {
        texts.forEach(a -> EmailAddress.problem(a).ifPresent(problem));
        return texts.stream().filter(EmailAddress::isValid).toList();
    }
}
