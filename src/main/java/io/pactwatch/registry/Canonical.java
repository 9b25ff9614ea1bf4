package io.pactwatch.registry;

import io.pactwatch.model.Cadence;
import io.pactwatch.model.Period;
import io.pactwatch.period.Cadences;
import io.pactwatch.period.Periods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each value that many entries repeat: party names, topics, dates, periods, cadences.
 * A registry of a million commitments names a few dozen parties and a few thousand days; holding each once
 * instead of a million times is a third of the objects a load keeps, and so of the heap and of the garbage
 * collector's copying while the registry loads (docs/benchmarks.md). Safe to share between the threads reading files.
 */
final class Canonical {

    private final Map<Object, Object> values = new ConcurrentHashMap<>();
    private final Map<String, Period> periods = new ConcurrentHashMap<>();
    private final Map<String, Cadence> cadences = new ConcurrentHashMap<>();

    /** The shared instance equal to {@code value}; null for null. */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object known = values.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }

    /** An immutable list of shared texts, itself shared. */
    List<String> texts(List<String> texts) {
        List<String> shared = new ArrayList<>(texts.size());
        texts.forEach(text -> shared.add(of(text)));
        return of(List.copyOf(shared));
    }

    LocalDate date(LocalDate date) {
        return of(date);
    }

    /** {@link Periods#parse}, once per distinct text (it is deterministic; failures are not kept). */
    Period period(String text) {
        return periods.computeIfAbsent(text, Periods::parse);
    }

    /** {@link Cadences#parse}, once per distinct text. */
    Cadence cadence(String text) {
        return cadences.computeIfAbsent(text, Cadences::parse);
    }
}
