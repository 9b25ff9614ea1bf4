package io.pactwatch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/pactwatch} as a user runs it: a real process on the packaged jar, started from another directory
 * to show that the launcher finds its home. Runs after {@code package}, so the launcher does not rebuild.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/pactwatch").toAbsolutePath();

    @TempDir
    Path elsewhere;

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void evaluatesTheSeedRegistryFromAnyDirectory() throws Exception {
        Run run = launch("evaluate", "--as-of", "2019-05-01", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("[").contains("\"rule\" : \"tentative-unconfirmed\"",
                "\"commitment\" : \"ru-tr-cyber-conference\"");
        assertThat(run.err()).doesNotContain("building");
    }

    @Test
    void validateExitsTwoOnABrokenFileAndNamesItsLine() throws Exception {
        Path file = Files.writeString(elsewhere.resolve("bad.yaml"), "commitments:\n  - id: x\n    kind: event\n");

        Run run = launch("commitments", "validate", "bad.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml:2: missing required key \"title\"");
        assertThat(file).exists();
    }

    @Test
    void extractDraftsAFileThatValidates() throws Exception {
        Path article = Path.of("src/test/resources/extract/seeds/001_42a597815b082672.txt").toAbsolutePath();

        Run extract = launch("extract", article.toString(), "--out", "draft.yaml");
        Run validate = launch("commitments", "validate", "draft.yaml");

        assertThat(extract.exitCode()).as(extract.err()).isZero();
        String drafted = extract.err().replaceAll("(?s).*wrote (\\d+) draft commitments.*", "$1");
        assertThat(validate.out()).isEqualTo("ok: " + drafted + " commitments, no problems\n");
    }

    @Test
    void periodReadsLinesFromStandardInput() throws Exception {
        Files.writeString(elsewhere.resolve("in.tsv"),
                "2018-11-23\tnext year\n2018-11-23\tsoon\n1998-11-05\tFriday\tThe ministers met on Friday.\n");

        Run run = launch(elsewhere.resolve("in.tsv"), "period", "-");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2019\t2019-01-01..2019-12-31\t\n\t\t\n1998-10-30\t1998-10-30..1998-10-30\t\n");
    }

    @Test
    void evaluateNotifyWritesTheDigestsAsEmlFilesWithNoMailServer() throws Exception {
        Path repo = LAUNCHER.getParent().getParent();
        Path config = Files.writeString(elsewhere.resolve("pactwatch.yaml"), """
                registry: %s/commitments
                rules: %s/rules
                database:
                  url: jdbc:h2:file:%s/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH
                notify:
                  templates: %s/config/templates
                mail:
                  directory: %s/mail
                routes:
                  - to: ops@example.org
                """.formatted(repo, repo, elsewhere, repo, elsewhere));

        Run run = launch("evaluate", "--notify", "--as-of", "2019-05-01", "--config", config.toString());
        Run again = launch("evaluate", "--notify", "--as-of", "2019-05-01", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 digests enqueued", "1 sent, 0 to retry, 0 dead");
        assertThat(again.out()).contains("0 digests enqueued");
        try (var files = Files.list(elsewhere.resolve("mail"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).startsWith("digest_2019-05-01_ops@example.org_").endsWith(".eml"));
        }
    }

    @Test
    void versionAndHelpWork() throws Exception {
        assertThat(launch("--version").out()).startsWith("pactwatch ");
        assertThat(launch("--help").out()).contains("Exit codes:");
    }

    @Test
    void theLauncherRunsTheThroughputCollectorUnlessTheJavaOptionsChooseOne() throws Exception {
        String log = "-Xlog:gc=info:stderr";

        assertThat(launchWith(log, "--version").err()).contains("Using Parallel");
        Run chosen = launchWith("-XX:+UseG1GC " + log, "--version");
        assertThat(chosen.exitCode()).isZero();
        assertThat(chosen.err()).contains("Using G1").doesNotContain("Parallel");
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        return run(null, null, args);
    }

    private Run launch(Path input, String... args) throws IOException, InterruptedException {
        return run(input, null, args);
    }

    private Run launchWith(String javaOptions, String... args) throws IOException, InterruptedException {
        return run(null, javaOptions, args);
    }

    private Run run(Path input, String javaOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        if (javaOptions != null) {
            builder.environment().put("PACTWATCH_JAVA_OPTS", javaOptions);
        }
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/pactwatch did not finish within 2 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
