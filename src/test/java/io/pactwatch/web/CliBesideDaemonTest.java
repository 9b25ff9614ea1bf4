package io.pactwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactwatch.cli.Main;
import io.pactwatch.ledger.LedgerEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI beside a running console: it finds the daemon under var/web/ and acts through its API. */
class CliBesideDaemonTest {

    private static Console console;

    @BeforeAll
    static void start() throws Exception {
        console = Console.shared();
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--config";
        full[args.length + 1] = console.home.resolve("pactwatch.yaml").toString();
        int code = new Main(console.clock, console.home, Map.of("USER", "ana")).run(new PrintWriter(out), new PrintWriter(err),
                full);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void theApiTokenFileIsReadableOnlyByTheServiceUser() throws Exception {
        Path token = console.home.resolve("web/" + DaemonAddress.TOKEN_FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-------");
        assertThat(Files.readString(console.home.resolve("web/" + DaemonAddress.ADDRESS_FILE))).contains(console.base);
    }

    @Test
    void ackThroughTheDaemonRecordsTheCliUserAndAlertsShowsIt() throws Exception {
        LedgerEntry alert = console.opsAlert();

        String[] ack = run("ack", alert.fingerprint(), "--comment", "on it");
        String[] alerts = run("alerts", "--format", "json");

        assertThat(ack[0]).as(ack[2]).isEqualTo("0");
        assertThat(ack[1]).contains("acknowledged by ana");
        JsonNode list = new ObjectMapper().readTree(alerts[1]);
        JsonNode entry = null;
        for (JsonNode e : list) {
            if (e.path("fingerprint").asText().equals(alert.fingerprint())) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.path("status").asText()).isEqualTo("acknowledged");
        assertThat(entry.path("acknowledgedBy").asText()).isEqualTo("ana");
        assertThat(console.status(alert.fingerprint()).ackComment()).isEqualTo("on it");
    }

    @Test
    void anUnknownFingerprintIsTheSameClearErrorAsWithoutADaemon() {
        String[] ack = run("ack", "0000000000000000");

        assertThat(ack[0]).isEqualTo("2");
        assertThat(ack[2]).contains("no firing alert has this fingerprint or commitment id").doesNotContain("at io.");
    }

    @Test
    void loginLinkPrintsAOneTimeSignInUrlThatWorksOnce() throws Exception {
        String[] link = run("login-link", "--to", Console.ADMIN);

        assertThat(link[0]).as(link[2]).isEqualTo("0");
        String url = link[1].strip();
        assertThat(url).startsWith(console.base + "/sign-in/");
        var browser = Console.browser();
        String csrf = Console.csrf(console.get(browser, url).body());
        HttpResponse<String> first = console.post(browser, url, Map.of("csrf", csrf));
        var again = Console.browser();
        HttpResponse<String> second = console.post(again, url, Map.of("csrf",
                Console.csrf(console.get(again, url).body())));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValue("/");
        assertThat(second.statusCode()).isEqualTo(410);
        assertThat(console.get(browser, "/").body()).contains("Needs attention", "admin@example.org");
    }

    @Test
    void loginLinkForAnUnknownAddressIsRefused() {
        String[] link = run("login-link", "--to", "stranger@example.com");

        assertThat(link[0]).isEqualTo("2");
        assertThat(link[2]).contains("is not known to Pactwatch");
    }
}
