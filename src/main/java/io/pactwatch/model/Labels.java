package io.pactwatch.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one spelling of enum values in files and output: lower case, '-' for '_' ({@code in-progress}). */
public final class Labels {

    /** Each enum's values by label, built once: parsing runs for every entry of a large registry (docs/benchmarks.md). */
    private static final ClassValue<Map<String, Enum<?>>> BY_LABEL = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            return Arrays.stream((Enum<?>[]) type.getEnumConstants())
                    .collect(Collectors.toUnmodifiableMap(Labels::of, Function.identity()));
        }
    };

    private Labels() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labels::of).toList();
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String label) {
        return Optional.ofNullable(label).map(BY_LABEL.get(type)::get).map(type::cast);
    }
}
