package io.pactwatch.model;


/** What a progress entry reports. */
public enum ProgressKind {
    CONFIRMED, HELD, REPORTED, POSTPONED, CANCELLED, TERMINATED, SIGNED, NOTE;

    /** Held, signed or reported: the commitment has been kept. */
    public boolean isFulfilling() {
        return this == HELD || this == SIGNED || this == REPORTED;
    }

    /** Confirmed or held: a tentative date is no longer tentative. */
    public boolean isConfirming() {
        return this == CONFIRMED || this == HELD;
    }

    /** Held or reported: an occurrence of a recurring commitment. */
    public boolean isOccurrence() {
        return this == HELD || this == REPORTED;
    }

    /** The status this progress puts a commitment in, if it closes it (a held meeting fulfils it). */
    public java.util.Optional<Status> closesAs() {
        return switch (this) {
            case HELD, SIGNED, REPORTED -> java.util.Optional.of(Status.FULFILLED);
            case CANCELLED -> java.util.Optional.of(Status.CANCELLED);
            case TERMINATED -> java.util.Optional.of(Status.TERMINATED);
            default -> java.util.Optional.empty();
        };
    }

    public String label() {
        return Labels.of(this);
    }
}
