package io.pactwatch.web;

import io.javalin.config.JavalinConfig;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** GET /health (JSON, 503 when failing) and GET /metrics (Prometheus text): open to anyone who reaches the port. */
public final class HealthRoutes implements WebServer.Routes {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final BooleanSupplier healthy;
    private final Supplier<String> health;
    private final Supplier<String> metrics;

    public HealthRoutes(BooleanSupplier healthy, Supplier<String> health, Supplier<String> metrics) {
        this.healthy = healthy;
        this.health = health;
        this.metrics = metrics;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get("/health", ctx -> ctx.status(healthy.getAsBoolean() ? 200 : 503)
                .contentType("application/json").result(health.get()));
        config.routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(metrics.get()));
    }
}
