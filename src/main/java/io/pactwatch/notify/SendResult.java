package io.pactwatch.notify;

/**
 * What happened to one message, and what delivery should do about it (Alertmanager's notifiers answer
 * "retry or not" the same way).
 *
 * @param detail the server's answer or the failure, in one line; never a password
 */
public record SendResult(Outcome outcome, String detail) {

    public enum Outcome {
        /** Accepted by the server (or written). */
        SENT,
        /** The server answered, but not now (4xx): try this message again later. */
        RETRY,
        /**
         * No answer from the server (connection refused, timed out or dropped): try again later; consecutive ones
         * stop the pass's delivery ({@link DeliverySettings#breakerFailures()}).
         */
        UNREACHABLE,
        /** Permanent for this message (5xx, or a recipient no server could take): do not try again. */
        REJECTED,
        /**
         * Permanent for this message because of its size (552, 5.3.4 or 5.2.3; or larger than the server's EHLO
         * SIZE, RFC 1870): dead, and the alerts it carried are told again by the next pass, within a budget the
         * server takes.
         */
        TOO_LARGE,
        /** The transport is misconfigured (authentication, TLS): no message can go; pause delivery. */
        MISCONFIGURED
    }

    public static SendResult sent(String detail) {
        return new SendResult(Outcome.SENT, detail);
    }

    public static SendResult retry(String detail) {
        return new SendResult(Outcome.RETRY, detail);
    }

    public static SendResult unreachable(String detail) {
        return new SendResult(Outcome.UNREACHABLE, detail);
    }

    public static SendResult rejected(String detail) {
        return new SendResult(Outcome.REJECTED, detail);
    }

    public static SendResult tooLarge(String detail) {
        return new SendResult(Outcome.TOO_LARGE, detail);
    }

    public static SendResult misconfigured(String detail) {
        return new SendResult(Outcome.MISCONFIGURED, detail);
    }

    /** Worth another attempt later. */
    public boolean retryable() {
        return outcome == Outcome.RETRY || outcome == Outcome.UNREACHABLE;
    }
}
