package io.pactwatch.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The as-of date of an evaluation, as a fact, with the dates the policy's thresholds put around it. Rules
 * compare against it instead of the engine's clock, so that an evaluation "as of 2015-03-01" sees the world as it
 * was then (docs/architecture.md, "Time is passed in"); comparing with a precomputed date ({@code due.end <= deadlineHorizon})
 * instead of computing one per commitment ({@code $t.plusDays($p.deadlineInfoDays)}) keeps evaluation of large
 * registries fast (docs/benchmarks.md).
 */
@Doc("The as-of date of the evaluation and the dates the policy's thresholds put around it. Exactly one fact; compare dates against it, never against the clock.")
public record Today(
        @Doc("The as-of date.") LocalDate date,
        @Doc("`date` + `deadline-info-days`: windows ending by then are approaching.") LocalDate deadlineHorizon,
        @Doc("`date` + `tentative-window-days`: tentative windows starting by then need a confirmation.") LocalDate tentativeHorizon,
        @Doc("`date` + `successor-window-days`: plans ending by then need a successor.") LocalDate successorHorizon,
        @Doc("`date` - `replacement-after-days`: terminations before then need a replacement.") LocalDate replacementCutoff,
        @Doc("`date` - `stale-after-days`: no progress after then is stale.") LocalDate staleCutoff,
        @Doc("`date` - `recurrence-grace-days`: a recurrence is missed when its interval before then has no occurrence.") LocalDate recurrenceCutoff,
        @Doc("`date` - `undated-after-days`: commitments announced before then should have a date.") LocalDate undatedCutoff) {

    public Today {
        Objects.requireNonNull(date, "date");
    }

    /** The as-of date with the horizons and cutoffs of {@code policy}. */
    public static Today of(LocalDate date, Policy policy) {
        return new Today(date, date.plusDays(policy.deadlineInfoDays()), date.plusDays(policy.tentativeWindowDays()),
                date.plusDays(policy.successorWindowDays()), date.minusDays(policy.replacementAfterDays()),
                date.minusDays(policy.staleAfterDays()), date.minusDays(policy.recurrenceGraceDays()),
                date.minusDays(policy.undatedAfterDays()));
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
