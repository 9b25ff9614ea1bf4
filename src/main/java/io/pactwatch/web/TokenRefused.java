package io.pactwatch.web;

/** A link whose token cannot be honoured; the message is for the person who opened it. */
final class TokenRefused extends RuntimeException {

    private final int status;

    TokenRefused(int status, String message) {
        super(message, null, false, false); // no stack trace: it is an answer, not a fault
        this.status = status;
    }

    int status() {
        return status;
    }
}
