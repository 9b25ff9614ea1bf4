package io.pactwatch.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The as-of date of an evaluation, as a fact. Rules compare against it instead of the engine's clock,
 * so that an evaluation "as of 2015-03-01" sees the world as it was then (DESIGN.md, Decisions: Time).
 */
@Doc("The as-of date of the evaluation. Exactly one fact; compare dates against it, never against the clock.")
public record Today(
        @Doc("The as-of date.") LocalDate date) {

    public Today {
        Objects.requireNonNull(date, "date");
    }

    @Doc("The as-of date plus `days`.")
    public LocalDate plusDays(long days) {
        return date.plusDays(days);
    }

    @Doc("The as-of date minus `days`.")
    public LocalDate minusDays(long days) {
        return date.minusDays(days);
    }

    /** Whole days from today until {@code day}; negative when it is past. */
    @Doc("Whole days from the as-of date until `day`; negative when past.")
    public long daysUntil(LocalDate day) {
        return ChronoUnit.DAYS.between(date, day);
    }

    /** Whole days from {@code day} until today; negative when it is still ahead. */
    @Doc("Whole days from `day` until the as-of date; negative when ahead.")
    public long daysSince(LocalDate day) {
        return ChronoUnit.DAYS.between(day, date);
    }
}
