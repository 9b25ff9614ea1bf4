package io.pactwatch.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The one spelling of enum values in files and output: lower case, '-' for '_' ({@code in-progress}). */
public final class Labels {

    private Labels() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labels::of).toList();
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String label) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(label)).findFirst();
    }
}
