package io.pactwatch.notify;

import java.time.Duration;

/**
 * How the outbox is worked off: the {@code delivery:} section of the config.
 *
 * @param maxAttempts     a message is dead after this many failed attempts
 * @param retryInitial    the wait after the first transient failure; doubled after each further one (plus jitter)
 * @param retryMax        the longest wait between two attempts
 * @param lease           how long a claimed message is reserved for the worker that claimed it; after that another
 *                        worker may take it (the first one is presumed dead)
 * @param batchSize       how many messages one claim takes (sent over one connection)
 * @param passDeadline    after this long a delivery run starts no further message; the rest wait for the next run
 * @param breakerFailures this many consecutive failures to reach the server end the run's delivery
 * @param connections     how many batches are sent at once, each over its own connection
 */
public record DeliverySettings(int maxAttempts, Duration retryInitial, Duration retryMax, Duration lease,
                               int batchSize, Duration passDeadline, int breakerFailures, int connections) {

    public static final int DEFAULT_MAX_ATTEMPTS = 8;
    public static final Duration DEFAULT_RETRY_INITIAL = Duration.ofMinutes(1);
    public static final Duration DEFAULT_RETRY_MAX = Duration.ofHours(6);
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    public static final int DEFAULT_BATCH_SIZE = 50;
    /** Well under the lease, so that no message is claimed twice in one run. */
    public static final Duration DEFAULT_PASS_DEADLINE = Duration.ofMinutes(2);
    /** Two: with the shipped 30 s read timeout, a server that never answers costs a run one minute. */
    public static final int DEFAULT_BREAKER_FAILURES = 2;
    /**
     * Two: while one connection waits for the server, the other's batch is claimed, composed for the wire or
     * recorded (docs/benchmarks.md); few enough that no server's per-client connection limit is near.
     */
    public static final int DEFAULT_CONNECTIONS = 2;

    public static DeliverySettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every value starts at its default. */
    public static final class Builder {

        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration retryInitial = DEFAULT_RETRY_INITIAL;
        private Duration retryMax = DEFAULT_RETRY_MAX;
        private Duration lease = DEFAULT_LEASE;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private Duration passDeadline = DEFAULT_PASS_DEADLINE;
        private int breakerFailures = DEFAULT_BREAKER_FAILURES;
        private int connections = DEFAULT_CONNECTIONS;

        private Builder() {
        }

        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        public Builder retryInitial(Duration value) {
            retryInitial = value;
            return this;
        }

        public Builder retryMax(Duration value) {
            retryMax = value;
            return this;
        }

        public Builder lease(Duration value) {
            lease = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder passDeadline(Duration value) {
            passDeadline = value;
            return this;
        }

        public Builder breakerFailures(int value) {
            breakerFailures = value;
            return this;
        }

        public Builder connections(int value) {
            connections = value;
            return this;
        }

        public DeliverySettings build() {
            return new DeliverySettings(maxAttempts, retryInitial, retryMax, lease, batchSize, passDeadline,
                    breakerFailures, connections);
        }
    }
}
