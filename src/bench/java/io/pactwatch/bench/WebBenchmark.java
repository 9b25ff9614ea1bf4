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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console under load: a generated registry evaluated into an H2 ledger, the real console on a loopback
 * listener, then {@code requests} requests in a row to the attention page (signed in) and to the API's paged
 * alert list, sent by a second process ({@link Client}, a JVM of its own on this classpath). Server time is what
 * Javalin's request logger measures from a request's arrival to its response, for the requests the client marks
 * as measured ({@value #MEASURED} header; its warm-up is not marked); the client's own round trip on loopback is
 * reported beside it. Heap is measured after a full collection before the client starts and after it ends.
 */
public final class WebBenchmark {

    public static final int DEFAULT_COMMITMENTS = 100_000;
    public static final int DEFAULT_REQUESTS = 1_000;
    static final String MEASURED = "X-Bench-Measured";
    static final String PAGE = "/";
    static final String PARTY_PAGE = "/?party=Turkey";
    static final String API = "/api/v1/alerts?limit=100";
    private static final String ADMIN = "bench-admin@example.org";
    private static final String COOKIE_ENV = "PACTWATCH_BENCH_COOKIE";
    private static final String TOKEN_ENV = "PACTWATCH_BENCH_TOKEN";
    private static final int WARM_UP = 50;

    /** The requests measured: a label for the report and the path with its query. */
    static final Map<String, String> ENDPOINTS = Map.of(
            PAGE, "`GET /` (attention page, signed in)",
            PARTY_PAGE, "`GET /?party=Turkey` (attention page, one party's 5%)",
            API, "`GET /api/v1/alerts?limit=100` (paged)");

    /** One endpoint's milliseconds per request: server median and 95th percentile, client median. */
    public record Endpoint(String label, double serverMedian, double serverP95, double clientMedian) {
    }

    /** Each endpoint's times, errors, heap after a full collection before and after, load average. */
    public record Result(int commitments, int alerts, int requests, List<Endpoint> endpoints, int errors,
                         long heapBefore, long heapAfter, String loadBefore, String loadAfter) {

        public String markdown() {
            StringBuilder rows = new StringBuilder();
            endpoints.forEach(e -> rows.append(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms |%n",
                    e.label(), e.serverMedian(), e.serverP95(), e.clientMedian())));
            return String.format(Locale.ROOT, """

                    ### Web console at %,d commitments (%,d alerts in the ledger)

                    %,d requests in a row per endpoint from a second process (a JVM) on loopback; server time as
                    Javalin's request logger measures it. Load average (1, 5, 15 min) %s before, %s after.

                    | request | server median | server p95 | client median |
                    | --- | ---: | ---: | ---: |
                    %s
                    Errors: %d. Heap after a full GC: %,d MiB before, %,d MiB after.
                    """, commitments, alerts, requests, loadBefore, loadAfter, rows, errors, heapBefore >> 20,
                    heapAfter >> 20);
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
            Map<String, List<Double>> serverTimes = new ConcurrentHashMap<>();
            WebServer.Routes timing = config -> config.requestLogger.http((ctx, ms) -> {
                if (ctx.header(MEASURED) != null) {
                    String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                    serverTimes.computeIfAbsent(path, p -> Collections.synchronizedList(new ArrayList<>()))
                            .add(ms.doubleValue());
                }
            });
            List<WebServer.Routes> routes = new ArrayList<>(console.routes());
            routes.add(timing);
            WebServer server = WebServer.create("127.0.0.1", 0, Duration.ofSeconds(30), routes).start();
            try {
                console.listening("127.0.0.1", server.port());
                String base = "http://127.0.0.1:" + server.port();
                DaemonAddress.Found found = DaemonAddress.find(settings.web().stateDirectory()).orElseThrow();
                CookieManager cookies = new CookieManager();
                HttpClient browser = signIn(new RemoteCoordination(base, found.token()).signInLink(ADMIN), cookies);
                for (int i = 0; i < WARM_UP; i++) {
                    // The server's own warm-up (JIT, H2's page cache) before the heap is first measured.
                    browser.send(HttpRequest.newBuilder(URI.create(base + PAGE)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    browser.send(HttpRequest.newBuilder(URI.create(base + API)).header("Authorization", "Bearer "
                            + found.token()).build(), HttpResponse.BodyHandlers.discarding());
                }
                String cookie = cookies.getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals(WebConsole.SESSION_COOKIE)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("signing in set no session cookie")).getValue();
                String loadBefore = load();
                long heapBefore = heap();
                Map<String, double[]> client = client(base, requests, cookie, found.token());
                long heapAfter = heap();
                List<Endpoint> endpoints = new ArrayList<>();
                int errors = 0;
                for (String path : List.of(PAGE, PARTY_PAGE, API)) {
                    double[] times = serverTimes.getOrDefault(path, List.of()).stream()
                            .mapToDouble(Double::doubleValue).toArray();
                    endpoints.add(new Endpoint(ENDPOINTS.get(path), percentile(times, 50), percentile(times, 95),
                            client.get(path)[1]));
                    errors += (int) client.get(path)[0];
                }
                return new Result(commitments, alerts, requests, endpoints, errors, heapBefore, heapAfter,
                        loadBefore, load());
            } finally {
                server.close();
                console.close();
            }
        }
    }

    /** Runs {@link Client} as a process of its own; returns, by path, {errors, client median in ms}. */
    private static Map<String, double[]> client(String base, int requests, String cookie, String token)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Client.class.getName(), base, String.valueOf(requests), PAGE, PARTY_PAGE, API)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put(COOKIE_ENV, cookie);
        builder.environment().put(TOKEN_ENV, token);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("the benchmark's client process failed (exit " + process.exitValue() + ")");
        }
        Map<String, double[]> results = new HashMap<>();
        for (String line : output.strip().split("\n")) {
            String[] fields = line.split(" ");
            results.put(fields[0], new double[] {Double.parseDouble(fields[1]), Double.parseDouble(fields[2])});
        }
        return results;
    }

    /**
     * The second process: sends {@code requests} GETs in a row to each path (after a warm-up not marked as
     * measured), the page with the session cookie and the API with the bearer token, both from the environment
     * (not the command line, which other users can read). An answer other than 200 with a full page or a
     * non-empty page of alerts is an error. Prints per path: the path, errors, the median in ms.
     */
    public static final class Client {

        public static void main(String[] args) throws IOException, InterruptedException {
            String base = args[0];
            int requests = Integer.parseInt(args[1]);
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 2; i < args.length; i++) {
                String path = args[i];
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60));
                if (path.startsWith("/api/")) {
                    request.header("Authorization", "Bearer " + System.getenv(TOKEN_ENV));
                } else {
                    request.header("Cookie", WebConsole.SESSION_COOKIE + "=" + System.getenv(COOKIE_ENV));
                }
                for (int w = 0; w < Math.min(WARM_UP, requests); w++) {
                    http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                }
                HttpRequest measured = request.header(MEASURED, "1").build();
                // A 200 is not enough: a lost session would answer the sign-in page with 200.
                String expected = path.startsWith("/api/") ? "\"alerts\":[{" : "<h1>Needs attention</h1>";
                int errors = 0;
                double[] millis = new double[requests];
                for (int n = 0; n < requests; n++) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(measured, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200 || !response.body().contains(expected)) {
                        errors++;
                    }
                    millis[n] = (System.nanoTime() - start) / 1e6;
                }
                System.out.printf(Locale.ROOT, "%s %d %.3f%n", path, errors, percentile(millis, 50));
            }
        }
    }

    /** Signs in through the link; returns the client holding the session cookie in {@code cookies}. */
    private static HttpClient signIn(String link, CookieManager cookies) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
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

    /** The load average (1, 5 and 15 minutes), as /proc/loadavg gives it; "unknown" elsewhere. */
    private static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long heap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
