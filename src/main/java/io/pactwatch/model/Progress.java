package io.pactwatch.model;

import java.time.LocalDate;
import java.util.Objects;

/** Something that happened to a commitment after it was announced. */
@Doc("Something that happened to a commitment. One fact per entry dated on or before the as-of date.")
public record Progress(
        @Doc("The id of the commitment it is about.") String commitment,
        @Doc("When it happened.") LocalDate date,
        @Doc("confirmed, held, reported, postponed, cancelled, terminated, signed or note.") ProgressKind kind,
        @Doc("Free text; may be null.") String note) {

    public Progress {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    @Doc("`fulfilling`: held, signed or reported; the commitment has been kept.")
    public boolean isFulfilling() {
        return kind.isFulfilling();
    }

    @Doc("`confirming`: confirmed or held; a tentative date is no longer tentative.")
    public boolean isConfirming() {
        return kind.isConfirming();
    }

    @Doc("`occurrence`: held or reported; an occurrence of a recurring commitment.")
    public boolean isOccurrence() {
        return kind.isOccurrence();
    }
}
