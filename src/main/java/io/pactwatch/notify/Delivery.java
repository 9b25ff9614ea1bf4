package io.pactwatch.notify;

import io.pactwatch.notify.Outbox.Settlement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * Works off the outbox: claims due messages in batches, sends each batch over one connection outside any
 * transaction, then records each sent, retry-later, or dead, one transaction per batch. The work of one run is
 * bounded: each message is tried at most once (a run claims only what was due when it started), no message is
 * started after the run's deadline, and consecutive failures to reach the server end the run (a circuit breaker;
 * the next run tries again). A misconfigured transport (authentication, TLS) pauses delivery: the claimed messages
 * go back untried and the run stops with a loud error.
 */
public final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

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

    /** Delivers the messages due now, each at most once; returns when none is left, or the run ended early. */
    public Report deliverDue() {
        Instant start = clock.instant();
        Run run = new Run(start.plus(settings.passDeadline()));
        List<Outbox.Claimed> batch;
        while (!run.report.ended() && !(batch = outbox.claim(settings.batchSize(), settings.lease(), start)).isEmpty()) {
            run.deliver(batch);
        }
        return run.report;
    }

    /** One run's state: its report so far, its deadline, and the consecutive failures to reach the server. */
    private final class Run {

        private final Instant deadline;
        private Report report = Report.NONE;
        private int unreachable;
        /** The smallest message of this batch refused as too large. */
        private int refusedSize = Integer.MAX_VALUE;

        Run(Instant deadline) {
            this.deadline = deadline;
        }

        void deliver(List<Outbox.Claimed> batch) {
            List<Settlement> settled = new ArrayList<>(batch.size());
            OptionalInt limit;
            try (Transport.Batch connection = transport.open()) {
                for (Outbox.Claimed message : batch) {
                    if (report.ended()) {
                        settled.add(untried(message));
                        continue;
                    }
                    if (clock.instant().isAfter(deadline)) {
                        stop("the run's delivery deadline of " + settings.passDeadline().toSeconds() + " s passed");
                        settled.add(untried(message));
                        continue;
                    }
                    SendResult result = connection.send(message.envelope());
                    if (result.outcome() == SendResult.Outcome.MISCONFIGURED) {
                        report = report.pause(result.detail());
                        settled.add(untried(message));
                        continue;
                    }
                    if (result.outcome() == SendResult.Outcome.TOO_LARGE) {
                        refusedSize = Math.min(refusedSize, message.raw().length());
                    }
                    settled.add(settle(message, result));
                    unreachable = result.outcome() == SendResult.Outcome.UNREACHABLE ? unreachable + 1 : 0;
                    if (unreachable >= settings.breakerFailures()) {
                        stop(unreachable + " consecutive attempts could not reach " + transport.describe()
                                + " (last: " + result.detail() + ")");
                    }
                }
                limit = connection.sizeLimit();
            }
            outbox.settle(settled, learned(limit));
            settled.forEach(s -> report = report.plus(s.kind()));
            if (report.paused()) {
                LOG.error("DELIVERY PAUSED: {} via {}. {} message(s) wait in the outbox; fix the mail settings"
                                + " (check with `pactwatch mail test --to ADDRESS`), then run delivery again.",
                        report.pausedBecause(), transport.describe(), report.untried());
            }
        }

        /**
         * What this batch taught about the server's size limit: its EHLO SIZE, or half the smallest message it
         * refused for its size if that is less (the limit is somewhere below that message, and a server that states
         * none gives no better clue: halving finds a size it takes within a few passes); null when neither.
         */
        private Outbox.SizeLimit learned(OptionalInt advertised) {
            int bytes = Math.min(advertised.orElse(Integer.MAX_VALUE),
                    refusedSize == Integer.MAX_VALUE ? Integer.MAX_VALUE : refusedSize / 2);
            refusedSize = Integer.MAX_VALUE;
            return bytes == Integer.MAX_VALUE ? null : new Outbox.SizeLimit(transport.describe(), bytes);
        }

        private void stop(String reason) {
            report = report.stop(reason);
            LOG.warn("delivery stopped for this run: {}; the remaining messages wait for the next run", reason);
        }

        private Settlement untried(Outbox.Claimed message) {
            String reason = report.paused() ? report.pausedBecause() : "not tried: " + report.stoppedBecause();
            return new Settlement(message.id(), Settlement.Kind.UNTRIED, null, reason);
        }
    }

    private Settlement settle(Outbox.Claimed message, SendResult result) {
        if (result.outcome() == SendResult.Outcome.SENT) {
            LOG.info("sent message {} to {}: {}", message.id(), message.recipient(), result.detail());
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
                clock.instant().plus(backoff.after(message.attempts())), result.detail());
    }
}
