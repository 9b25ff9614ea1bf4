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

    public static SendResult misconfigured(String detail) {
        return new SendResult(Outcome.MISCONFIGURED, detail);
    }

    /** Worth another attempt later. */
    public boolean retryable() {
        return outcome == Outcome.RETRY || outcome == Outcome.UNREACHABLE;
    }
}
