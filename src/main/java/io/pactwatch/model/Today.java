package io.pactwatch.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The as-of date of an evaluation, as a fact. Rules compare against it instead of the engine's clock,
 * so that an evaluation "as of 2015-03-01" sees the world as it was then (DESIGN.md, Decisions: Time).
 */
public record Today(LocalDate date) {

    public Today {
        Objects.requireNonNull(date, "date");
    }

    public LocalDate plusDays(long days) {
        return date.plusDays(days);
    }

    public LocalDate minusDays(long days) {
        return date.minusDays(days);
    }

    /** Whole days from today until {@code day}; negative when it is past. */
    public long daysUntil(LocalDate day) {
        return ChronoUnit.DAYS.between(date, day);
    }

    /** Whole days from {@code day} until today; negative when it is still ahead. */
    public long daysSince(LocalDate day) {
        return ChronoUnit.DAYS.between(day, date);
    }
}
