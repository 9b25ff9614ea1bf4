package io.pactwatch.bench;

import io.pactwatch.app.Application;
import io.pactwatch.config.Settings;
import io.pactwatch.notify.Route;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.web.DaemonAddress;
import io.pactwatch.web.RemoteCoordination;
import io.pactwatch.web.WebConsole;
import io.pactwatch.web.WebServer;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console under load: a generated registry evaluated into an H2 ledger, the real console on a loopback
 * listener, then {@code requests} requests in a row to the attention page (signed in) and to the API's paged
 * alert list. Times are per request as the client sees them on loopback (an upper bound of server time); heap is
 * measured after a full collection before and after the run.
 */
public final class WebBenchmark {

    public static final int DEFAULT_COMMITMENTS = 100_000;
    public static final int DEFAULT_REQUESTS = 1_000;
    private static final String ADMIN = "bench-admin@example.org";

    /** Milliseconds per request (median, 95th percentile), errors, heap before and after. */
    public record Result(int commitments, int alerts, int requests, double pageMedian, double pageP95,
                         double apiMedian, double apiP95, int errors, long heapBefore, long heapAfter) {

        public String markdown() {
            return String.format(Locale.ROOT, """

                    ### Web console at %,d commitments (%,d alerts in the ledger)

                    %,d requests in a row each, one client on loopback, in the benchmark's JVM:

                    | request | median | 95th percentile |
                    | --- | ---: | ---: |
                    | `GET /` (attention page, signed in) | %.1f ms | %.1f ms |
                    | `GET /api/v1/alerts?limit=100` (paged) | %.1f ms | %.1f ms |

                    Errors: %d. Heap after a full GC: %,d MiB before, %,d MiB after.
                    """, commitments, alerts, requests, pageMedian, pageP95, apiMedian, apiP95, errors,
                    heapBefore >> 20, heapAfter >> 20);
        }
    }

    private final Path rules;
    private final Path templates;
    private final Path work;

    public WebBenchmark(Path rules, Path templates, Path work) {
        this.rules = rules;
        this.templates = templates;
        this.work = work;
    }

    public Result measure(int commitments, int requests) throws IOException, InterruptedException {
        Path home = work.resolve("web-" + commitments);
        BenchmarkRunner.deleteTree(home);
        Path registryDir = BenchmarkRunner.registry(work, commitments);
        Settings defaults = Settings.defaults(home);
        Settings settings = new Settings(registryDir, rules, defaults.policy(), defaults.database(), defaults.repeat(),
                templates, defaults.mail(), defaults.delivery(), List.of(new Route(1, null, List.of(ADMIN), false)),
                new io.pactwatch.config.DaemonSettings(defaults.daemon().cron(), defaults.daemon().zone(),
                        defaults.daemon().deliveryInterval(), "127.0.0.1", 0, defaults.daemon().shutdownGrace(),
                        false, defaults.daemon().clusterCheckin(), List.of(ADMIN)),
                defaults.web());
        Clock clock = Clock.fixed(BenchmarkRunner.AS_OF.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Application app = Application.open(settings, clock, Map.of())) {
            Registry registry = RegistryLoader.load(registryDir);
            int alerts = app.notifyingPass().run(BenchmarkRunner.AS_OF).alerts().size();
            WebConsole console = new WebConsole(settings, app.coordination(() -> registry), () -> registry, app.db(),
                    clock, Map.of());
            WebServer server = WebServer.create("127.0.0.1", 0, Duration.ofSeconds(30), console.routes()).start();
            try {
                console.listening("127.0.0.1", server.port());
                String base = "http://127.0.0.1:" + server.port();
                DaemonAddress.Found found = DaemonAddress.find(settings.web().stateDirectory()).orElseThrow();
                HttpClient browser = signIn(new RemoteCoordination(base, found.token()).signInLink(ADMIN));
                int[] errors = {0};
                long heapBefore = heap();
                double[] page = times(requests, () -> get(browser, base + "/", null), errors);
                double[] api = times(requests, () -> get(browser, base + "/api/v1/alerts?limit=100",
                        found.token()), errors);
                long heapAfter = heap();
                return new Result(commitments, alerts, requests, percentile(page, 50), percentile(page, 95),
                        percentile(api, 50), percentile(api, 95), errors[0], heapBefore, heapAfter);
            } finally {
                server.close();
                console.close();
            }
        }
    }

    private interface Call {
        int status() throws IOException, InterruptedException;
    }

    private static double[] times(int n, Call call, int[] errors) throws IOException, InterruptedException {
        for (int i = 0; i < Math.min(50, n); i++) {
            call.status(); // warm-up: JIT and the registry's lookups
        }
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            if (call.status() != 200) {
                errors[0]++;
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static int get(HttpClient client, String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpClient signIn(String link) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in page has no form");
        }
        client.send(HttpRequest.newBuilder(URI.create(link)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private static long heap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
