package io.pactwatch.model;

import java.time.LocalDate;
import java.util.Objects;

/** Something that happened to a commitment after it was announced. */
public record Progress(String commitment, LocalDate date, ProgressKind kind, String note) {

    public Progress {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isFulfilling() {
        return kind.isFulfilling();
    }

    public boolean isConfirming() {
        return kind.isConfirming();
    }

    public boolean isOccurrence() {
        return kind.isOccurrence();
    }
}
