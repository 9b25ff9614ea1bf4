package io.pactwatch.notify;

import java.time.Duration;

/**
 * How the outbox is worked off: the {@code delivery:} section of the config.
 *
 * @param maxAttempts  a message is dead after this many failed attempts
 * @param retryInitial the wait after the first transient failure; doubled after each further one (plus jitter)
 * @param retryMax     the longest wait between two attempts
 * @param lease        how long a claimed message is reserved for the worker that claimed it; after that another
 *                     worker may take it (the first one is presumed dead)
 * @param batchSize    how many messages one claim takes (sent over one connection)
 */
public record DeliverySettings(int maxAttempts, Duration retryInitial, Duration retryMax, Duration lease,
                               int batchSize) {

    public static final int DEFAULT_MAX_ATTEMPTS = 8;
    public static final Duration DEFAULT_RETRY_INITIAL = Duration.ofMinutes(1);
    public static final Duration DEFAULT_RETRY_MAX = Duration.ofHours(6);
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    public static final int DEFAULT_BATCH_SIZE = 50;

    public static DeliverySettings defaults() {
        return new DeliverySettings(DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_INITIAL, DEFAULT_RETRY_MAX, DEFAULT_LEASE,
                DEFAULT_BATCH_SIZE);
    }
}
