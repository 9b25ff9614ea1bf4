package io.pactwatch.web;

/** Something named in the address that does not exist; answered 404 with this message. */
final class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message, null, false, false);
    }
}
