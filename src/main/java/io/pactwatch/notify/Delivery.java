package io.pactwatch.notify;

import io.pactwatch.notify.Outbox.Settlement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.random.RandomGenerator;

/**
 * Works off the outbox: claims due messages in batches, sends each batch over one connection outside any
 * transaction, then records each sent, retry-later, or dead, one transaction per batch; a few batches at once
 * ({@link DeliverySettings#connections()}). The work of one run is
 * bounded: each message is tried at most once (a run claims only what was due when it started), no message is
 * started after the run's deadline, and consecutive failures to reach the server end the run (a circuit breaker;
 * the next run tries again). A misconfigured transport (authentication, TLS) pauses delivery: the claimed messages
 * go back untried and the run stops with a loud error.
 */
public final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private static final ThreadFactory WORKER_THREADS = runnable -> {
        Thread thread = new Thread(runnable, "delivery");
        thread.setDaemon(true);
        return thread;
    };

    private final Outbox outbox;
    private final Transport transport;
    private final DeliverySettings settings;
    private final Backoff backoff;
    private final Clock clock;

    /**
     * What one run did. {@code pausedBecause} is null unless the transport is misconfigured (nothing can go until an
     * admin acts); {@code stoppedBecause} is null unless the run ended early with messages left for the next run
     * (its deadline passed, or the server could not be reached).
     *
     * @param dead     messages that failed for good, including those refused as too large
     * @param untried  messages claimed and given back without an attempt (paused or stopped)
     * @param tooLarge of the dead, those the server refused for their size: their alerts are told again by the
     *                 next pass, in a smaller digest
     */
    public record Report(int sent, int retried, int dead, int untried, String pausedBecause, String stoppedBecause,
                         int tooLarge) {

        static final Report NONE = new Report(0, 0, 0, 0, null, null, 0);

        public boolean paused() {
            return pausedBecause != null;
        }

        public boolean stopped() {
            return stoppedBecause != null;
        }

        Report plus(Settlement.Kind kind) {
            return switch (kind) {
                case SENT -> new Report(sent + 1, retried, dead, untried, pausedBecause, stoppedBecause, tooLarge);
                case RETRY -> new Report(sent, retried + 1, dead, untried, pausedBecause, stoppedBecause, tooLarge);
                case DEAD -> new Report(sent, retried, dead + 1, untried, pausedBecause, stoppedBecause, tooLarge);
                case TOO_LARGE -> new Report(sent, retried, dead + 1, untried, pausedBecause, stoppedBecause,
                        tooLarge + 1);
                case UNTRIED -> new Report(sent, retried, dead, untried + 1, pausedBecause, stoppedBecause, tooLarge);
            };
        }

        Report pause(String reason) {
            return new Report(sent, retried, dead, untried, reason, stoppedBecause, tooLarge);
        }

        Report stop(String reason) {
            return new Report(sent, retried, dead, untried, pausedBecause, reason, tooLarge);
        }

        boolean ended() {
            return paused() || stopped();
        }
    }

    public Delivery(Outbox outbox, Transport transport, DeliverySettings settings, Clock clock,
                    RandomGenerator random) {
        this.outbox = outbox;
        this.transport = transport;
        this.settings = settings;
        this.backoff = new Backoff(settings.retryInitial(), settings.retryMax(), random);
        this.clock = clock;
    }

    /**
     * Delivers the messages due now, each at most once; returns when none is left, or the run ended early. Up to
     * {@link DeliverySettings#connections()} batches are sent at once, each by its own worker over its own
     * connection; the deadline, the breaker and a pause hold for the whole run.
     */
    public Report deliverDue() {
        Instant start = clock.instant();
        Run run = new Run(start, start.plus(settings.passDeadline()));
        if (settings.connections() == 1) {
            run.work();
        } else {
            ExecutorService workers = Executors.newFixedThreadPool(settings.connections(), WORKER_THREADS);
            try {
                for (Future<Object> worker : workers.invokeAll(Collections.nCopies(settings.connections(),
                        Executors.callable(run::work)))) {
                    worker.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while delivering", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                workers.shutdownNow();
            }
        }
        Report report = run.report();
        if (report.paused()) {
            LOG.error("DELIVERY PAUSED: {} via {}. {} message(s) wait in the outbox; fix the mail settings"
                            + " (check with `pactwatch mail test --to ADDRESS`), then run delivery again.",
                    report.pausedBecause(), transport.describe(), report.untried());
        }
        return report;
    }

    /**
     * One run's state, shared by its workers: its report so far, its deadline, and the consecutive failures to
     * reach the server (on any connection: any answer resets them).
     */
    private final class Run {

        private final Instant start;
        private final Instant deadline;
        private Report report = Report.NONE;
        private int unreachable;

        Run(Instant start, Instant deadline) {
            this.start = start;
            this.deadline = deadline;
        }

        synchronized Report report() {
            return report;
        }

        /** Claims and delivers batches until none is due or the run ended. */
        void work() {
            List<Outbox.Claimed> batch;
            while (!ended() && !(batch = outbox.claim(settings.batchSize(), settings.lease(), start)).isEmpty()) {
                deliver(batch);
            }
        }

        private synchronized boolean ended() {
            return report.ended();
        }

        private void deliver(List<Outbox.Claimed> batch) {
            List<Settlement> settled = new ArrayList<>(batch.size());
            int refusedSize = Integer.MAX_VALUE; // the smallest message of this batch refused as too large
            OptionalInt limit;
            try (Transport.Batch connection = transport.open()) {
                for (Outbox.Claimed message : batch) {
                    if (!mayStart()) {
                        settled.add(untried(message));
                        continue;
                    }
                    SendResult result = connection.send(message.envelope());
                    if (!record(result)) {
                        settled.add(untried(message));
                        continue;
                    }
                    if (result.outcome() == SendResult.Outcome.TOO_LARGE) {
                        refusedSize = Math.min(refusedSize, message.raw().length());
                    }
                    settled.add(settle(message, result));
                }
                limit = connection.sizeLimit();
            }
            outbox.settle(settled, learned(limit, refusedSize));
            synchronized (this) {
                settled.forEach(s -> report = report.plus(s.kind()));
            }
            logSent(settled);
        }

        /**
         * One INFO line per batch for the messages the server accepted (each at DEBUG): a line per message was a
         * twentieth of the delivery threads' CPU samples (docs/benchmarks.md), and an operator's log a line per
         * digest. Every failure keeps its own line (WARN or ERROR).
         */
        private void logSent(List<Settlement> settled) {
            List<Long> sent = settled.stream().filter(s -> s.kind() == Settlement.Kind.SENT).map(Settlement::id)
                    .toList();
            if (!sent.isEmpty()) {
                LOG.info("sent {} message(s) via {}: {}", sent.size(), transport.describe(),
                        sent.size() == 1 ? "id " + sent.get(0) : "ids " + sent);
            }
        }

        /** Whether a message may be started: the run has not ended, and its deadline has not passed. */
        private synchronized boolean mayStart() {
            if (report.ended()) {
                return false;
            }
            if (clock.instant().isAfter(deadline)) {
                stop("the run's delivery deadline of " + settings.passDeadline().toSeconds() + " s passed");
                return false;
            }
            return true;
        }

        /**
         * Counts {@code result} towards the breaker or pauses the run.
         *
         * @return false when the message goes back untried (the transport is misconfigured)
         */
        private synchronized boolean record(SendResult result) {
            if (result.outcome() == SendResult.Outcome.MISCONFIGURED) {
                if (!report.paused()) {
                    report = report.pause(result.detail());
                }
                return false;
            }
            unreachable = result.outcome() == SendResult.Outcome.UNREACHABLE ? unreachable + 1 : 0;
            if (unreachable >= settings.breakerFailures() && !report.ended()) {
                stop(unreachable + " consecutive attempts could not reach " + transport.describe()
                        + " (last: " + result.detail() + ")");
            }
            return true;
        }

        /**
         * What a batch taught about the server's size limit: its EHLO SIZE, or half the smallest message it
         * refused for its size if that is less (the limit is somewhere below that message, and a server that states
         * none gives no better clue: halving finds a size it takes within a few passes); null when neither.
         */
        private Outbox.SizeLimit learned(OptionalInt advertised, int refusedSize) {
            int bytes = Math.min(advertised.orElse(Integer.MAX_VALUE),
                    refusedSize == Integer.MAX_VALUE ? Integer.MAX_VALUE : refusedSize / 2);
            return bytes == Integer.MAX_VALUE ? null : new Outbox.SizeLimit(transport.describe(), bytes);
        }

        private void stop(String reason) {
            report = report.stop(reason);
            LOG.warn("delivery stopped for this run: {}; the remaining messages wait for the next run", reason);
        }

        private synchronized Settlement untried(Outbox.Claimed message) {
            String reason = report.paused() ? report.pausedBecause() : "not tried: " + report.stoppedBecause();
            return new Settlement(message.id(), Settlement.Kind.UNTRIED, null, reason);
        }
    }

    /** The backoff after {@code attempts}; its random source is shared by the run's workers. */
    private synchronized Duration nextWait(int attempts) {
        return backoff.after(attempts);
    }

    private Settlement settle(Outbox.Claimed message, SendResult result) {
        if (result.outcome() == SendResult.Outcome.SENT) {
            LOG.debug("sent message {} to {}: {}", message.id(), message.recipient(), result.detail());
            return new Settlement(message.id(), Settlement.Kind.SENT, null, null);
        }
        if (result.outcome() == SendResult.Outcome.TOO_LARGE) {
            LOG.error("message {} to {} was refused as too large: {}; its alerts are told again by the next pass",
                    message.id(), message.recipient(), result.detail());
            return new Settlement(message.id(), Settlement.Kind.TOO_LARGE, null, "refused as too large: "
                    + result.detail() + "; its alerts are told again by the next pass, in a smaller digest");
        }
        if (!result.retryable()) {
            LOG.error("message {} to {} was rejected for good: {}", message.id(), message.recipient(),
                    result.detail());
            return new Settlement(message.id(), Settlement.Kind.DEAD, null, result.detail());
        }
        if (message.attempts() >= settings.maxAttempts()) {
            LOG.error("message {} to {} is dead after {} attempts: {}", message.id(), message.recipient(),
                    message.attempts(), result.detail());
            return new Settlement(message.id(), Settlement.Kind.DEAD, null,
                    "gave up after " + message.attempts() + " attempts: " + result.detail());
        }
        LOG.warn("message {} to {} will be retried (attempt {} of {}): {}", message.id(), message.recipient(),
                message.attempts(), settings.maxAttempts(), result.detail());
        return new Settlement(message.id(), Settlement.Kind.RETRY,
                clock.instant().plus(nextWait(message.attempts())), result.detail());
    }
}
