package io.pactwatch.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive range of days, with the text it was written as ("first half of 2019").
 * Rules compare {@code start} and {@code end} against the as-of date.
 */
@Doc("An inclusive range of days, with the text it was written as.")
public record Period(
        @Doc("First day of the window.") LocalDate start,
        @Doc("Last day of the window.") LocalDate end,
        @Doc("As written in the registry, e.g. `first half of 2019`.") String text) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    @Doc("True when `day` lies in the window.")
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** {@code 2019-01-01..2019-06-30}: the form used in messages and listings. */
    public String range() {
        return start + ".." + end;
    }

    @Override
    public String toString() {
        return range();
    }
}
