package io.pactwatch.daemon;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What /metrics shows an operator's Prometheus. */
class DaemonMetricsTest {

    @Test
    void outboxGaugesStillReportTheOutboxAfterAGarbageCollection() {
        DaemonMetrics metrics = new DaemonMetrics();
        AtomicLong pending = new AtomicLong(3);
        AtomicLong dead = new AtomicLong(1);
        // Capturing lambdas, referenced by nothing but the gauges: as the daemon registers them.
        metrics.outbox(pending::get, dead::get);

        System.gc();
        pending.set(4);

        assertThat(metrics.scrape()).contains("pactwatch_outbox_messages{state=\"pending\"} 4.0",
                "pactwatch_outbox_messages{state=\"dead\"} 1.0");
    }
}
