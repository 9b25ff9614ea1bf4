package io.pactwatch.model;


/** Where a commitment stands, as the registry says. */
public enum Status {
    PROPOSED, PLANNED, IN_PROGRESS, FULFILLED, CANCELLED, TERMINATED, SUPERSEDED;

    /** Open commitments are the ones still to be kept: the ones deadline rules watch. */
    public boolean isOpen() {
        return this == PROPOSED || this == PLANNED || this == IN_PROGRESS;
    }

    /** The spelling used in registry files and output: {@code in-progress}. */
    public String label() {
        return Labels.of(this);
    }
}
