package io.pactwatch.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Works off the outbox: claims due messages in batches, sends each batch over one connection outside any
 * transaction, then marks each sent, retry-later, or dead. A misconfigured transport (authentication, TLS)
 * pauses delivery: the claimed messages go back untried and the run stops with a loud error.
 */
public final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final Outbox outbox;
    private final Transport transport;
    private final DeliverySettings settings;
    private final Backoff backoff;
    private final Clock clock;

    /** What one run did; {@code pausedBecause} is null unless delivery paused. */
    public record Report(int sent, int retried, int dead, String pausedBecause) {

        public boolean paused() {
            return pausedBecause != null;
        }

        Report plus(SendResult.Outcome outcome) {
            return switch (outcome) {
                case SENT -> new Report(sent + 1, retried, dead, null);
                case RETRY -> new Report(sent, retried + 1, dead, null);
                default -> new Report(sent, retried, dead + 1, null);
            };
        }

        Report pause(String reason) {
            return new Report(sent, retried, dead, reason);
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

    /** Delivers every message due now; returns when none is left (or delivery paused). */
    public Report deliverDue() {
        Report report = new Report(0, 0, 0, null);
        List<Outbox.Claimed> batch;
        while (!(batch = outbox.claim(settings.batchSize(), settings.lease())).isEmpty()) {
            report = deliver(batch, report);
            if (report.paused()) {
                break;
            }
        }
        return report;
    }

    private Report deliver(List<Outbox.Claimed> batch, Report report) {
        try (Transport.Batch connection = transport.open()) {
            for (int i = 0; i < batch.size(); i++) {
                Outbox.Claimed message = batch.get(i);
                SendResult result = connection.send(message.envelope());
                if (result.outcome() == SendResult.Outcome.MISCONFIGURED) {
                    batch.subList(i, batch.size()).forEach(m -> outbox.release(m.id(), result.detail()));
                    LOG.error("DELIVERY PAUSED: {} via {}. {} message(s) wait in the outbox; fix the mail settings"
                                    + " (check with `pactwatch mail test --to ADDRESS`), then run delivery again.",
                            result.detail(), transport.describe(), batch.size() - i);
                    return report.pause(result.detail());
                }
                record(message, result);
                report = report.plus(effective(message, result));
            }
        }
        return report;
    }

    private SendResult.Outcome effective(Outbox.Claimed message, SendResult result) {
        return result.retryable() && message.attempts() >= settings.maxAttempts() ? SendResult.Outcome.REJECTED
                : result.outcome();
    }

    private void record(Outbox.Claimed message, SendResult result) {
        switch (result.outcome()) {
            case SENT -> {
                outbox.markSent(message.id());
                LOG.info("sent message {} to {}: {}", message.id(), message.recipient(), result.detail());
            }
            case RETRY -> {
                if (message.attempts() >= settings.maxAttempts()) {
                    outbox.markDead(message.id(), "gave up after " + message.attempts() + " attempts: "
                            + result.detail());
                    LOG.error("message {} to {} is dead after {} attempts: {}", message.id(), message.recipient(),
                            message.attempts(), result.detail());
                } else {
                    outbox.retryAt(message.id(), clock.instant().plus(backoff.after(message.attempts())),
                            result.detail());
                    LOG.warn("message {} to {} will be retried (attempt {} of {}): {}", message.id(),
                            message.recipient(), message.attempts(), settings.maxAttempts(), result.detail());
                }
            }
            default -> {
                outbox.markDead(message.id(), result.detail());
                LOG.error("message {} to {} was rejected for good: {}", message.id(), message.recipient(),
                        result.detail());
            }
        }
    }
}
