package io.pactwatch.model;

/** What sort of promise a commitment is. */
public enum Kind {
    EVENT, PLAN, AGREEMENT, EXCHANGE, OPERATION, BODY, OTHER;

    /** The spelling used in registry files and output. */
    public String label() {
        return Labels.of(this);
    }
}
