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
        return run(console.home.resolve("pactwatch.yaml"), args);
    }

    /**
     * The CLI with a config whose database it cannot open (under /proc): what it does, it can only have done
     * through the daemon found under the same web.state-directory.
     */
    private String[] beside(String... args) throws Exception {
        Path config = console.home.resolve("beside.yaml");
        if (!Files.exists(config)) {
            Files.writeString(config, Files.readString(console.home.resolve("pactwatch.yaml")) + """
                    database:
                      url: jdbc:h2:file:/proc/no-database-here/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH
                    """);
        }
        return run(config, args);
    }

    private String[] run(Path config, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--config";
        full[args.length + 1] = config.toString();
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
    void progressRecordedBesideTheDaemonIsStoredThroughItsApiListedAndExported() throws Exception {
        String commitment = "ru-tr-cyber-information-exchange";

        String[] record = beside("progress", "record", commitment, "--kind", "note", "--on", "2019-04-29",
                "--note", "called the embassy");
        String[] list = beside("progress", "list", commitment);
        String[] export = beside("progress", "export");

        assertThat(record[0]).as(record[2]).isEqualTo("0");
        assertThat(record[1]).contains(commitment + " note on 2019-04-29, recorded by ana (cli)");
        assertThat(console.app.coordination().progress(commitment)).anySatisfy(p -> {
            assertThat(p.progress().note()).isEqualTo("called the embassy");
            assertThat(p.by()).isEqualTo("ana");
        });
        assertThat(list[0]).as(list[2]).isEqualTo("0");
        assertThat(list[1]).contains("2019-04-29", "recorded by ana (cli)", "called the embassy");
        assertThat(export[0]).as(export[2]).isEqualTo("0");
        assertThat(export[1]).contains("commitment: " + commitment, "note: \"called the embassy\"");
    }

    @Test
    void clearingProgressTheFilesDoNotStateIsRefusedThroughTheDaemonAndNothingIsDeleted() throws Exception {
        String[] record = beside("progress", "record", "tr-cyber-legislative-practices", "--kind", "note", "--on",
                "2019-04-28");
        String id = record[1].replaceAll("(?s)^progress (\\d+):.*", "$1");
        int stored = console.app.coordination().storedProgress().size();

        String[] clear = beside("progress", "clear", "--through", id);

        assertThat(clear[0]).isEqualTo("2");
        assertThat(clear[2]).contains("not in the registry files yet").doesNotContain("at io.");
        assertThat(console.app.coordination().storedProgress()).hasSize(stored);
    }

    @Test
    void previewBesideTheDaemonRendersItsDigestsAndStoresNothing() throws Exception {
        var before = console.app.coordination().alerts();

        String[] preview = beside("preview", "--as-of", "2019-06-01", "--to", Console.OPS);

        assertThat(preview[0]).as(preview[2]).isEqualTo("0");
        assertThat(preview[1]).contains("1 digest rendered as of 2019-06-01 for ops@example.org");
        Path html = console.home.resolve("var/preview/2019-06-01-ops@example.org.html");
        assertThat(Files.readString(html)).contains("<html", "Pactwatch");
        assertThat(Files.readString(console.home.resolve("var/preview/2019-06-01-ops@example.org.eml")))
                .contains("To: ops@example.org");
        assertThat(console.app.coordination().alerts()).isEqualTo(before);
    }

    @Test
    void loginLinkForAnUnknownAddressIsRefused() {
        String[] link = run("login-link", "--to", "stranger@example.com");

        assertThat(link[0]).isEqualTo("2");
        assertThat(link[2]).contains("is not known to Pactwatch");
    }
}
