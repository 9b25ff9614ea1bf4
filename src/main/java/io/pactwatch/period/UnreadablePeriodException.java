package io.pactwatch.period;

/** A time expression that the parser does not understand; the message quotes it and says what is accepted. */
public final class UnreadablePeriodException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnreadablePeriodException(String message) {
        super(message);
    }
}
