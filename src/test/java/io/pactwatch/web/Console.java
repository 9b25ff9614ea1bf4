package io.pactwatch.web;

import io.pactwatch.app.Application;
import io.pactwatch.config.ConfigLoader;
import io.pactwatch.config.Settings;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console on real parts, in-process: the shipped registry and rules evaluated as of 2019-05-01 into an H2
 * database under a temporary home, the real {@link WebConsole} on a real Jetty listener, and HTTP clients that
 * keep cookies like a browser.
 */
final class Console implements AutoCloseable {

    static final LocalDate AS_OF = LocalDate.of(2019, 5, 1);
    static final String KEY = "test-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    static final String OPS = "ops@example.org";
    static final String IRAN_DESK = "iran-desk@example.org";
    static final String ADMIN = "admin@example.org";
    static final Path REPO = Path.of("").toAbsolutePath();

    /** A commitment whose every text is markup or a spreadsheet formula, as a hostile article could make it. */
    static final String HOSTILE = """
            source:
              title: "<script>alert('source')</script>"
              publisher: "Evil\\"><img src=x onerror=alert(2)>"
              published: 2019-01-10
            commitments:
              - id: hostile-markup
                title: "<script>alert(1)</script> conference"
                kind: event
                parties: [Russia, "Ruritania\\"><img src=x onerror=alert(3)>"]
                topics: [cybersecurity]
                due: 2019-05-10
                status: planned
                coordinator: [coord@example.org]
                quote: "=HYPERLINK(\\"http://evil.example.com\\") \\"><img src=x onerror=alert(4)>"
            """;
    static final String HOSTILE_ID = "hostile-markup";
    static final String COORDINATOR = "coord@example.org";

    final Clock clock = Clock.fixed(Instant.parse("2019-05-01T08:00:00Z"), ZoneOffset.UTC);
    final Map<String, String> env = Map.of("PACTWATCH_WEB_KEY", KEY);
    final Settings settings;
    final Application app;
    /** The registry the console reads; {@link #reload()} reads the files again. */
    volatile Registry registry;
    final WebConsole console;
    final WebServer server;
    final String base;

    private static Console shared;

    /**
     * One console for every test class that only needs the default setup: evaluating the shipped registry and
     * compiling the rules is most of a test class's time on a shared 2-core machine. Closed when the JVM exits.
     */
    static synchronized Console shared() throws IOException {
        if (shared == null) {
            Console console = new Console(Files.createTempDirectory("pactwatch-web"), "");
            Runtime.getRuntime().addShutdownHook(new Thread(console::close));
            shared = console;
        }
        return shared;
    }

    final Path home;

    /** @param web extra lines of the web: section */
    Console(Path home, String web) throws IOException {
        this(home, null, web);
    }

    /**
     * @param baseUrl the console's public address ({@code web.base-url}), e.g. https behind a TLS proxy; null: the
     *                local listener's own http address
     */
    Console(Path home, String baseUrl, String web) throws IOException {
        this.home = home;
        Files.createDirectories(home.resolve("commitments"));
        try (var files = Files.list(REPO.resolve("commitments"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, home.resolve("commitments").resolve(file.getFileName()));
            }
        }
        Files.writeString(home.resolve("commitments/hostile.yaml"), HOSTILE);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        Path config = Files.writeString(home.resolve("pactwatch.yaml"), """
                registry: %2$s/commitments
                rules: %1$s/rules
                notify:
                  templates: %1$s/config/templates
                mail:
                  transport: file
                  directory: %2$s/mail
                  from: pactwatch@example.org
                routes:
                  - match: {party: Iran}
                    to: [iran-desk@example.org]
                  - to: [ops@example.org]
                daemon:
                  admin: [admin@example.org]
                web:
                  base-url: %3$s
                  state-directory: %2$s/web
                %4$s""".formatted(REPO, home, baseUrl == null ? base : baseUrl, web.indent(2)));
        settings = ConfigLoader.load(config, home);
        app = Application.open(settings, clock, env);
        app.notifyingPass().run(AS_OF);
        registry = RegistryLoader.load(settings.registry());
        console = new WebConsole(settings, app.coordination(), () -> this.registry, app.db(), clock, env);
        server = WebServer.create("127.0.0.1", port, Duration.ofSeconds(30), console.routes()).start();
        console.listening("127.0.0.1", server.port());
    }

    /** Reads the registry files again, as the daemon does when they change. */
    void reload() {
        registry = RegistryLoader.load(settings.registry());
    }

    /** A browser: its own cookies, no redirects followed (tests look at them). */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(HttpClient client, String path, Map<String, String> form, String... headers)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(Urls.segment(k)).append('=')
                .append(Urls.segment(v)));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    /** The hidden CSRF field of the page's (first) form. */
    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in:\n" + html);
        }
        return m.group(1);
    }

    /** A signed link as a digest would carry it. */
    String link(String recipient, Action action, String target) {
        return link(recipient, action, target, Duration.ofDays(14), KEY);
    }

    /** A signed link that works for {@code life} from now (negative: expired), signed with {@code key}. */
    String link(String recipient, Action action, String target, Duration life, String key) {
        TokenSigner signer = WebKeys.signer(settings.web(), Map.of("PACTWATCH_WEB_KEY", key), clock,
                new java.security.SecureRandom());
        String path = switch (action) {
            case ACKNOWLEDGE -> "/act/acknowledge/";
            case OPEN_ALERT -> "/act/open-alert/";
            case OPEN_COMMITMENT -> "/act/open-commitment/";
            case RECORD_PROGRESS -> "/act/progress/";
            case SIGN_IN -> "/sign-in/";
        };
        return base + path + signer.sign(recipient, action, target, life);
    }

    private final java.util.Set<String> handedOut = new java.util.HashSet<>();

    /**
     * A firing, unacknowledged alert routed to ops (not about Iran, not the hostile one), a different one each call: tests sharing one
     * console do not see each other's acknowledgements.
     */
    synchronized io.pactwatch.ledger.LedgerEntry opsAlert() {
        io.pactwatch.ledger.LedgerEntry entry = firing().stream().filter(e -> !handedOut.contains(e.fingerprint())
                && !e.alert().commitment().equals(HOSTILE_ID)
                && !registry.commitment(e.alert().commitment()).orElseThrow().parties().contains("Iran"))
                .findFirst().orElseThrow();
        handedOut.add(entry.fingerprint());
        return entry;
    }

    io.pactwatch.ledger.LedgerEntry status(String fingerprint) {
        return app.coordination().alerts().stream().filter(e -> e.fingerprint().equals(fingerprint)).findFirst()
                .orElseThrow();
    }

    List<io.pactwatch.ledger.LedgerEntry> firing() {
        return app.coordination().alerts().stream().filter(e -> e.firing() && !e.acknowledged()).toList();
    }

    /** Signs a fresh browser in as {@code address}, through a sign-in link. */
    HttpClient signedIn(String address) throws IOException, InterruptedException {
        HttpClient client = browser();
        String link = link(address, Action.SIGN_IN, address);
        HttpResponse<String> page = get(client, link);
        HttpResponse<String> signed = post(client, link, Map.of("csrf", csrf(page.body())));
        if (signed.statusCode() != 302) {
            throw new AssertionError("sign-in failed: " + signed.statusCode() + " " + signed.body());
        }
        return client;
    }

    @Override
    public void close() {
        server.close();
        console.close();
        app.close();
    }
}
