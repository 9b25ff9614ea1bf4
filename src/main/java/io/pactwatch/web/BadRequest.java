package io.pactwatch.web;

/** Input a person must correct; answered 400 with this message. */
final class BadRequest extends RuntimeException {

    BadRequest(String message) {
        super(message, null, false, false);
    }
}
