package io.pactwatch.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.pactwatch.ledger.LedgerEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.io.StringReader;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an attacker tries against the console: markup in articles, formulas in exports, forged sessions. */
class SecurityTest {

    private static Console console;
    private static HttpClient admin;

    @BeforeAll
    static void start() throws Exception {
        console = Console.shared();
        admin = console.signedIn(Console.ADMIN);
    }

    private static LedgerEntry hostileAlert() {
        return console.app.coordination().alerts().stream()
                .filter(e -> e.alert().commitment().equals(Console.HOSTILE_ID)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/commitments/hostile-markup", "/parties/Russia", "/timeline"})
    void markupFromArticlesIsEscapedOnEveryPage(String path) throws Exception {
        HttpResponse<String> page = console.get(admin, path);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert");
    }

    @Test
    void markupIsEscapedOnTheConfirmationPageALinkOpens() throws Exception {
        String link = console.link(Console.OPS, Action.ACKNOWLEDGE, hostileAlert().fingerprint());

        HttpResponse<String> page = console.get(Console.browser(), link);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert");
    }

    @Test
    void formulasInExportsAreNeutralisedAndMarkupKeptAsText() throws Exception {
        HttpResponse<String> csv = console.get(admin, "/export/commitments.csv?party=Russia");

        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        CSVRecord hostile = rows.stream().filter(r -> r.get("id").equals(Console.HOSTILE_ID)).findFirst().orElseThrow();
        assertThat(hostile.get("quote")).startsWith("'=HYPERLINK(");
        assertThat(hostile.get("title")).isEqualTo("<script>alert(1)</script> conference");
        for (CSVRecord row : rows) {
            row.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/commitments/hostile-markup", "/parties/Russia", "/timeline", "/silences", "/outbox",
            "/me", "/export/alerts.csv", "/export/commitments.csv", "/export/outbox.csv", "/api/v1/alerts",
            "/api/v1/silences", "/api/v1/outbox"})
    void withoutASessionPagesAndTheApiAreRefused(String path) throws Exception {
        HttpResponse<String> response = console.get(Console.browser(), path);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("hostile-markup", "ops@example.org");
    }

    @Test
    void sessionCookiesAreHttpOnlyAndSameSiteLax() throws Exception {
        HttpClient browser = Console.browser();
        String link = console.link(Console.OPS, Action.SIGN_IN, Console.OPS);
        String csrf = Console.csrf(console.get(browser, link).body());

        HttpResponse<String> signedIn = console.post(browser, link, Map.of("csrf", csrf));

        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(WebConsole.SESSION_COOKIE + "=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure"));
    }

    @Test
    void behindAnHttpsAddressSessionCookiesAreSecure(@TempDir Path home) throws Exception {
        try (Console https = new Console(home, "https://pactwatch.example.org", "")) {
            // A client that keeps no cookies: java.net's CookieManager would not send a Secure cookie over http.
            HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String link = https.link(Console.OPS, Action.SIGN_IN, Console.OPS);
            HttpResponse<String> page = https.get(browser, link);
            String session = sessionCookie(page).split(";")[0];

            HttpResponse<String> signedIn = https.post(browser, link, Map.of("csrf", Console.csrf(page.body())),
                    "Cookie", session);

            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
            for (HttpResponse<String> response : List.of(page, signedIn)) {
                assertThat(sessionCookie(response)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax");
            }
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(WebConsole.SESSION_COOKIE + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Test
    void afterSignInTheConsoleOpensItsOwnStartPageWhateverTheLinkAsks() throws Exception {
        HttpClient browser = Console.browser();
        String link = console.link(Console.OPS, Action.SIGN_IN, Console.OPS) + "?next=https://evil.example.com/";
        String csrf = Console.csrf(console.get(browser, link).body());

        HttpResponse<String> signedIn = console.post(browser, link, Map.of("csrf", csrf, "next",
                "//evil.example.com/"));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void aCoordinatorMayAcknowledgeTheirCommitmentsAlertsButNoOthers() throws Exception {
        HttpClient coordinator = console.signedIn(Console.COORDINATOR);
        LedgerEntry other = console.opsAlert();
        String csrf = Console.csrf(console.get(coordinator, "/").body());

        HttpResponse<String> refused = console.post(coordinator, "/alerts/" + other.fingerprint() + "/acknowledge",
                Map.of("csrf", csrf, "until", "resolves"));
        HttpResponse<String> own = console.post(coordinator, "/alerts/" + hostileAlert().fingerprint()
                + "/acknowledge", Map.of("csrf", csrf, "until", "resolves"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(console.status(other.fingerprint()).status()).isEqualTo("firing");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(console.status(hostileAlert().fingerprint()).ackBy()).isEqualTo(Console.COORDINATOR);
    }

    @Test
    void theLinkKeyAndSessionIdsNeverReachTheLog() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        Logger pactwatch = (Logger) LoggerFactory.getLogger("io.pactwatch");
        ch.qos.logback.classic.Level rootLevel = root.getLevel();
        ch.qos.logback.classic.Level ownLevel = pactwatch.getLevel();
        // Jetty's own DEBUG prints raw headers (docs/web.md warns); at INFO and above nothing of a request is logged.
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        pactwatch.setLevel(ch.qos.logback.classic.Level.DEBUG);
        try {
            HttpClient browser = Console.browser();
            console.post(browser, "/sign-in", Map.of("csrf", Console.csrf(console.get(browser, "/sign-in").body()),
                    "address", Console.OPS));
            HttpClient signedIn = console.signedIn(Console.OPS);
            console.get(signedIn, "/commitments/does-not-exist");
            console.get(signedIn, "/act/acknowledge/garbage");
        } finally {
            root.detachAppender(log);
            root.setLevel(rootLevel);
            pactwatch.setLevel(ownLevel);
        }
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("sign-in link queued for ops@example.org"));
        for (ILoggingEvent event : log.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(Console.KEY).doesNotContain("/sign-in/ey");
            assertThat(event.getFormattedMessage()).doesNotContain(WebConsole.SESSION_COOKIE + "=");
        }
    }
}
