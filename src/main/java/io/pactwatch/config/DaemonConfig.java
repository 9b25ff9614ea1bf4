package io.pactwatch.config;

import io.pactwatch.yaml.Mapping;
import org.quartz.CronExpression;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Reads the {@code schedule:} and {@code daemon:} sections into {@link DaemonSettings}. */
final class DaemonConfig {

    private static final int MAX_PORT = 65_535;

    private DaemonConfig() {
    }

    static DaemonSettings daemon(Optional<Mapping> schedule, Optional<Mapping> daemon) {
        DaemonSettings d = DaemonSettings.defaults();
        String cron = schedule.flatMap(m -> m.parsed("cron", DaemonConfig::cron)).orElse(d.cron());
        ZoneId zone = schedule.flatMap(m -> m.parsed("zone", DaemonConfig::zone)).orElse(d.zone());
        Duration delivery = schedule.map(m -> seconds(m, "delivery-interval-seconds", d.deliveryInterval()))
                .orElse(d.deliveryInterval());
        String address = daemon.flatMap(m -> m.text("health-address")).orElse(d.healthAddress());
        int port = daemon.map(m -> m.whole("health-port", d.healthPort(), "port")).orElse(d.healthPort());
        daemon.filter(m -> port > MAX_PORT).ifPresent(m -> m.problem("health-port",
                "\"health-port\" must be a TCP port (0 turns the listener off), got " + port));
        Duration grace = daemon.map(m -> seconds(m, "shutdown-grace-seconds", d.shutdownGrace())).orElse(d.shutdownGrace());
        boolean cluster = daemon.flatMap(m -> m.bool("cluster")).orElse(d.cluster());
        Duration checkin = daemon.map(m -> seconds(m, "cluster-checkin-seconds", d.clusterCheckin()))
                .orElse(d.clusterCheckin());
        return new DaemonSettings(cron, zone, delivery, address, port, grace, cluster, checkin,
                daemon.map(m -> m.addresses("admin")).orElse(d.admins()));
    }

    private static String cron(String text) {
        if (!CronExpression.isValidExpression(text)) {
            throw new IllegalArgumentException("\"cron\" is not a Quartz cron expression (seconds minutes hours "
                    + "day-of-month month day-of-week, e.g. \"0 0 7 * * ?\"): \"" + text + "\"");
        }
        return text;
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"zone\" must be a time zone such as UTC or Europe/Moscow, got \""
                    + text + "\"", e);
        }
    }

    private static Duration seconds(Mapping m, String key, Duration fallback) {
        int seconds = m.whole(key, (int) fallback.toSeconds(), "seconds");
        if (seconds < 1) {
            m.problem(key, "\"" + key + "\" must be at least 1 second");
            return fallback;
        }
        return Duration.ofSeconds(seconds);
    }
}
