package io.pactwatch.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The daemon's listener as a monitoring system and a slow or hostile client meet it. */
class ListenerTest {

    private static final Duration IDLE = Duration.ofSeconds(1);
    private WebServer server;
    private final List<Socket> held = new ArrayList<>();

    @BeforeEach
    void start() {
        server = WebServer.create("127.0.0.1", 0, IDLE,
                List.of(new HealthRoutes(() -> true, () -> "{\"status\":\"ok\"}", () -> "pactwatch_up 1\n"))).start();
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket socket : held) {
            socket.close();
        }
        server.close();
    }

    @Test
    void connectionsThatNeverFinishTheirHeadersDoNotHoldUpHealth() throws Exception {
        for (int i = 0; i < WebServer.MAX_THREADS + 4; i++) {
            Socket socket = new Socket("127.0.0.1", server.port());
            socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            held.add(socket);
        }

        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void aSilentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        Socket socket = new Socket("127.0.0.1", server.port());
        held.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write("GET /health HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
        InputStream in = socket.getInputStream();

        await().atMost(Duration.ofSeconds(30)).until(() -> in.read() == -1 || socket.isClosed() || drained(in));
    }

    @Test
    void metricsAreServedAsPrometheusText() throws Exception {
        HttpResponse<String> metrics = get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValue(HealthRoutes.PROMETHEUS_TEXT);
        assertThat(metrics.body()).contains("pactwatch_up 1");
    }

    /** The server may answer 408 before closing: read to the end. */
    private static boolean drained(InputStream in) throws java.io.IOException {
        return in.readAllBytes().length >= 0;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
