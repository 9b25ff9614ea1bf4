package io.pactwatch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings and text a careless or hostile user gives: checked before anything is stored, secrets kept out of
 * messages, and text from articles kept from forging lines or reordering the terminal.
 */
class HostileInputCommandsTest {

    static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path home;

    private void config(String extra) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/pactwatch.yaml"), """
                registry: %1$s/commitments
                rules: %1$s/rules
                notify:
                  templates: %1$s/config/templates
                routes:
                  - to: ops@example.org
                """.formatted(REPO) + extra);
    }

    @Test
    void anUnsetMailPasswordIsRefusedBeforeThePassStoresAnyDecision() throws IOException {
        config("mail:\n  transport: smtp\n  host: 127.0.0.1\n  port: 2525\n  security: none\n  username: u\n"
                + "  password-env: PACTWATCH_TEST_NEVER_SET\n  from: pactwatch@example.org\n");

        Cli.Result refused = Cli.runIn(home, "evaluate", "--notify", "--as-of", "2019-05-01");
        config("mail:\n  from: pactwatch@example.org\n");
        Cli.Result fixed = Cli.runIn(home, "evaluate", "--notify", "--as-of", "2019-05-01");

        assertThat(refused.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("PACTWATCH_TEST_NEVER_SET is not set");
        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        assertThat(fixed.out()).as("the refused run decided nothing").contains("1 digest enqueued");
    }

    @Test
    void anH2UrlWithoutPostgreSqlModeIsRefusedByTheConfigCheck() throws IOException {
        config("database:\n  url: jdbc:h2:file:" + home + "/db\n");

        Cli.Result result = Cli.runIn(home, "evaluate", "--notify", "--as-of", "2019-05-01");

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("an H2 URL needs MODE=PostgreSQL", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        assertThat(home.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void aPasswordInTheDatabaseUrlIsMaskedInEveryMessage() throws IOException {
        config("database:\n  url: \"jdbc:postgresql://reader:S3CRET@127.0.0.1:1/ledger?password=S3CRET\"\n");

        Cli.Result result = Cli.runIn(home, "alerts");

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("reader:***@127.0.0.1:1/ledger").doesNotContain("S3CRET");
    }

    @Test
    void bidiControlsAndLineBreaksInATitleNeverReachTheTerminalTable() throws IOException {
        registry("Summit\\r\\nFrom: forged@example.org\\u202Eevil");

        Cli.Result table = Cli.runIn(home, "evaluate", "--as-of", "2019-05-01");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Summit  From: forged@example.org\uFFFDevil").doesNotContain("\u202E", "\r");
        assertThat(table.out().lines()).noneMatch(line -> line.startsWith("From: forged"));
    }

    @Test
    void lineBreaksInATitleDoNotForgeLinesInTheTextDigest() throws IOException {
        registry("Summit\\r\\nFrom: forged@example.org");

        Cli.Result notified = Cli.runIn(home, "evaluate", "--notify", "--as-of", "2019-05-01");

        assertThat(notified.exitCode()).as(notified.err()).isZero();
        List<String> eml = emlLines();
        assertThat(eml).noneMatch(line -> line.startsWith("From: forged"));
        assertThat(eml).anyMatch(line -> line.contains("Summit  From: forged@example.org"));
    }

    /** A registry of one commitment titled {@code title} (a YAML double-quoted string's content). */
    private void registry(String title) throws IOException {
        Path registry = Files.createDirectories(home.resolve("registry"));
        Files.writeString(registry.resolve("hostile.yaml"), """
                commitments:
                  - id: hostile
                    title: "%s"
                    kind: event
                    parties: [Russia]
                    due: 2001
                    announced: 2000-01-01
                """.formatted(title));
        config("mail:\n  from: pactwatch@example.org\n");
        Files.writeString(home.resolve("config/pactwatch.yaml"), Files.readString(home.resolve("config/pactwatch.yaml"))
                .replace(REPO + "/commitments", registry.toString()));
    }

    private List<String> emlLines() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("var/mail"))) {
            Path eml = files.filter(f -> f.toString().endsWith(".eml")).findFirst().orElseThrow();
            return Files.readAllLines(eml);
        }
    }
}
