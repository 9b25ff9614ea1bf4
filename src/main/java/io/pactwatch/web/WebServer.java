package io.pactwatch.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.pactwatch.config.WebSettings;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The daemon's one HTTP listener (Javalin on Jetty 12): /health, /metrics, the console at / and the API at
 * /api/v1/. Requests run on a pool of worker threads, and a connection that stays silent (a client that never
 * finishes its headers) is closed after {@code web.idle-timeout-seconds}, so one slow client cannot hold up the
 * health check. Each group of routes is a {@link Routes}; they translate HTTP into application calls and back.
 */
public final class WebServer implements AutoCloseable {

    static final int MAX_THREADS = 32;
    static final int MIN_THREADS = 4;
    /** Headers beyond this many bytes are refused with 431 before any handler runs. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    /** One group of routes (health, console, actions, API) added to the server's configuration. */
    public interface Routes extends Consumer<JavalinConfig> {
    }

    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * @param host where to listen
     * @param port 0 for an ephemeral port
     */
    public static WebServer create(String host, int port, Duration idleTimeout, List<Routes> routes) {
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000, null,
                    null) {
                {
                    setName("pactwatch-web");
                }
            };
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setIdleTimeout(idleTimeout.toMillis());
                return connector;
            });
            routes.forEach(r -> r.accept(config));
        });
        return new WebServer(javalin);
    }

    public WebServer start() {
        javalin.start();
        return this;
    }

    /** The port actually bound (useful when the config asks for an ephemeral one). */
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
