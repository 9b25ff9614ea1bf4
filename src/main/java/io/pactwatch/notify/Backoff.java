package io.pactwatch.notify;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of {@code initial * 2^(n-1)},
 * capped at {@code max} ("equal jitter"), so that many messages failing together do not retry together.
 */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    Duration after(int attempt) {
        long cap = max.toMillis();
        long base = initial.toMillis();
        long delay = attempt >= 31 || base << (attempt - 1) > cap ? cap : Math.min(cap, base << (attempt - 1));
        long half = delay / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
