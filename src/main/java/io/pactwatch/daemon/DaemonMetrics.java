package io.pactwatch.daemon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.pactwatch.model.Alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The daemon's metrics, in Prometheus text format at /metrics. Names as the README documents them:
 * {@code pactwatch_evaluations_total{result}}, {@code pactwatch_evaluation_duration_seconds},
 * {@code pactwatch_alerts{rule,severity}}, {@code pactwatch_messages_total{outcome}},
 * {@code pactwatch_outbox_messages{state}}, {@code pactwatch_reload_failures_total}.
 */
public final class DaemonMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer evaluationDuration = Timer.builder("pactwatch.evaluation.duration")
            .description("Time taken by one evaluation pass").register(registry);
    private final Counter reloadFailures = Counter.builder("pactwatch.reload.failures")
            .description("Edits to rules, registry or templates rejected by a reload").register(registry);
    private final Map<String, AtomicLong> alerts = new ConcurrentHashMap<>();

    public void evaluated(Duration took, boolean ok, List<Alert> raised) {
        evaluationDuration.record(took);
        Counter.builder("pactwatch.evaluations").tag("result", ok ? "ok" : "failed")
                .description("Evaluation passes").register(registry).increment();
        if (ok) {
            alerts.values().forEach(count -> count.set(0));
            for (Alert alert : raised) {
                alerts.computeIfAbsent(alert.rule() + "\u0000" + alert.severity().label(), key -> {
                    AtomicLong count = new AtomicLong();
                    Gauge.builder("pactwatch.alerts", count, AtomicLong::get).tag("rule", alert.rule())
                            .tag("severity", alert.severity().label())
                            .description("Alerts raised by the last evaluation").register(registry);
                    return count;
                }).incrementAndGet();
            }
        }
    }

    /** A delivery outcome: sent, failed (will be retried) or dead. */
    public void delivered(String outcome, long count) {
        Counter.builder("pactwatch.messages").tag("outcome", outcome).description("Messages handed to the transport")
                .register(registry).increment(count);
    }

    public void reloadFailed() {
        reloadFailures.increment();
    }

    /**
     * Reports the outbox's pending and dead counts whenever /metrics is read. The gauges hold their suppliers
     * strongly: Micrometer's default weak reference let the first garbage collection turn them into NaN.
     */
    public void outbox(LongSupplier pending, LongSupplier dead) {
        Gauge.builder("pactwatch.outbox.messages", pending, LongSupplier::getAsLong).tag("state", "pending")
                .description("Messages in the outbox").strongReference(true).register(registry);
        Gauge.builder("pactwatch.outbox.messages", dead, LongSupplier::getAsLong).tag("state", "dead")
                .description("Messages in the outbox").strongReference(true).register(registry);
    }

    public String scrape() {
        return registry.scrape();
    }
}
