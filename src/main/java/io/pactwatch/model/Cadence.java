package io.pactwatch.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** How often a recurring commitment is expected to happen: "every 12 months". */
@Doc("How often a recurring commitment should happen.")
public record Cadence(
        @Doc("How many units, e.g. 12.") int amount,
        @Doc("DAYS, WEEKS, MONTHS or YEARS.") ChronoUnit unit,
        @Doc("As written, e.g. `every 12 months`.") String text) {

    public Cadence {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("a cadence needs a positive amount, got " + amount);
        }
    }

    /** The day one interval after {@code day}. */
    @Doc("The day one interval after `day`.")
    public LocalDate after(LocalDate day) {
        return day.plus(amount, unit);
    }

    /** The day one interval before {@code day}. */
    @Doc("The day one interval before `day`.")
    public LocalDate before(LocalDate day) {
        return day.minus(amount, unit);
    }

    @Override
    public String toString() {
        return text;
    }
}
