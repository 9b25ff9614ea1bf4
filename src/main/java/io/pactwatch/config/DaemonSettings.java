package io.pactwatch.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * How {@code pactwatch run} runs: the evaluation schedule ({@code schedule:}) and the process around it
 * ({@code daemon:}). Defaults are the named constants below.
 *
 * @param cron             Quartz cron expression of the evaluation (seconds first)
 * @param zone             the zone the cron is read in; a run's as-of date is its fire time's date there
 * @param deliveryInterval how often the outbox is delivered
 * @param healthAddress    where /health and /metrics listen
 * @param healthPort       0 for no listener
 * @param shutdownGrace    how long a running evaluation and delivery may take to finish after SIGTERM
 * @param cluster          share the schedule with other nodes on the same PostgreSQL database
 * @param clusterCheckin   how often a clustered node checks in; a silent node is failed over after about this
 *                         plus 7.5 s
 * @param admins           who is e-mailed when a reload is rejected
 */
public record DaemonSettings(String cron, ZoneId zone, Duration deliveryInterval, String healthAddress, int healthPort,
                             Duration shutdownGrace, boolean cluster, Duration clusterCheckin, List<String> admins) {

    /** Every day at 07:00. */
    public static final String DEFAULT_CRON = "0 0 7 * * ?";
    public static final String DEFAULT_ZONE = "UTC";
    public static final int DEFAULT_DELIVERY_INTERVAL_SECONDS = 30;
    public static final String DEFAULT_HEALTH_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_HEALTH_PORT = 9477;
    public static final int DEFAULT_SHUTDOWN_GRACE_SECONDS = 60;
    public static final int DEFAULT_CLUSTER_CHECKIN_SECONDS = 5;

    public DaemonSettings {
        admins = List.copyOf(admins);
    }

    public static DaemonSettings defaults() {
        return new DaemonSettings(DEFAULT_CRON, ZoneId.of(DEFAULT_ZONE),
                Duration.ofSeconds(DEFAULT_DELIVERY_INTERVAL_SECONDS), DEFAULT_HEALTH_ADDRESS, DEFAULT_HEALTH_PORT,
                Duration.ofSeconds(DEFAULT_SHUTDOWN_GRACE_SECONDS), false,
                Duration.ofSeconds(DEFAULT_CLUSTER_CHECKIN_SECONDS), List.of());
    }
}
