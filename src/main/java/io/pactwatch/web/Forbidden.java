package io.pactwatch.web;

/** A request the viewer may not make; the message says why and what to do. Answered 403 (401 when signed out). */
final class Forbidden extends RuntimeException {

    private final int status;

    Forbidden(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static Forbidden signIn() {
        return new Forbidden(401, "Sign in first.");
    }

    int status() {
        return status;
    }
}
