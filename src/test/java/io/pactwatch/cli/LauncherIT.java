package io.pactwatch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Path config = scratchConfig();

        Run run = launch("evaluate", "--notify", "--as-of", "2019-05-01", "--config", config.toString());
        Run again = launch("evaluate", "--notify", "--as-of", "2019-05-01", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 digest enqueued", "1 sent, 0 to retry, 0 dead");
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

    @Test
    void ackWithoutUserRecordsTheLoginNameOfTheProcessOwnerAndSaysSo() throws Exception {
        Path config = scratchConfig();
        assertThat(launch("evaluate", "--notify", "--as-of", "2019-05-01", "--config", config.toString()).exitCode())
                .isZero();

        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("USER");
        Run ack = run(LAUNCHER, null, env, "ack", "ru-tr-cyber-conference", "--config", config.toString());

        String owner = System.getProperty("user.name");
        assertThat(ack.exitCode()).as(ack.err()).isZero();
        assertThat(ack.out()).contains("acknowledged by " + owner + " until resolved");
        assertThat(ack.err()).contains("note: $USER is not set; recorded as \"" + owner
                + "\", the login name the system gives");
    }

    @Test
    void theFirstBuildPrintsOneLineAndNoColourCodes() throws Exception {
        Path home = fakeHome();

        Run first = run(home.resolve("bin/pactwatch"), null, fakeMaven(home, false), "--version");
        Run second = run(home.resolve("bin/pactwatch"), null, fakeMaven(home, false), "--version");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("pactwatch ");
        assertThat(first.err()).isEqualTo("pactwatch: building the application (first run or sources changed)...\n");
        assertThat(second.err()).as("built already").isEmpty();
    }

    @Test
    void aFailedBuildShowsMavensOutputWithoutColourCodes() throws Exception {
        Path home = fakeHome();

        Run run = run(home.resolve("bin/pactwatch"), null, fakeMaven(home, true), "--version");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("[ERROR] the compiler said no", "pactwatch: the build failed")
                .doesNotContain("\u001b");
    }

    @Test
    void benchCommandsButGenerateBuildTheBenchProfileApart() throws Exception {
        Path home = fakeHome();

        Run bench = run(home.resolve("bin/pactwatch"), null, fakeMaven(home, true), "bench", "run", "--help");
        Run generate = run(home.resolve("bin/pactwatch"), null, fakeMaven(home, false), "bench", "generate", "--help");

        assertThat(bench.err()).contains("pactwatch: building the benchmark harness");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(generate.out()).contains("Write a synthetic registry");
        assertThat(Files.readAllLines(home.resolve("mvn-calls.txt"))).satisfiesExactly(
                call -> assertThat(call).contains("-Pbench", "package"),
                call -> assertThat(call).contains("package").doesNotContain("-Pbench"));
    }

    /** A copy of the launcher with a pom.xml and src/main but nothing built, as a fresh clone has. */
    private Path fakeHome() throws IOException {
        Path home = Files.createDirectories(elsewhere.resolve("home"));
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("src/main"));
        Files.writeString(home.resolve("pom.xml"), "<project/>\n");
        Files.copy(LAUNCHER, home.resolve("bin/pactwatch"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        return home;
    }

    /**
     * The environment with a stand-in for Maven first on the PATH: it logs its arguments, prints colour codes as
     * Maven 3.8 does even in batch mode, and then fails or "builds" by linking the real jar and lib/ into place.
     */
    private Map<String, String> fakeMaven(Path home, boolean fails) throws IOException {
        Path bin = Files.createDirectories(elsewhere.resolve("fake-maven"));
        Path target = LAUNCHER.getParent().getParent().resolve("target");
        Path mvn = Files.writeString(bin.resolve("mvn"), """
                #!/usr/bin/env bash
                echo "$*" >> '%s'
                printf '\\033[0m\\033[0m'
                printf '\\033[0m\\033[0m' >&2
                if [ '%s' = true ]; then
                  printf '\\033[1;31m[ERROR]\\033[m the compiler said no\\n'
                  exit 1
                fi
                mkdir -p '%s/target'
                cp '%s/pactwatch.jar' '%s/target/pactwatch.jar'
                ln -sfn '%s/lib' '%s/target/lib'
                """.formatted(home.resolve("mvn-calls.txt"), fails, home, target, home, target, home));
        Files.setPosixFilePermissions(mvn, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", bin + ":" + env.get("PATH"));
        return env;
    }

    /** A config of the shipped registry, rules and templates, with its database and mail under the test's directory. */
    private Path scratchConfig() throws IOException {
        Path repo = LAUNCHER.getParent().getParent();
        return Files.writeString(elsewhere.resolve("pactwatch.yaml"), """
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
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        return run(LAUNCHER, null, System.getenv(), args);
    }

    private Run launch(Path input, String... args) throws IOException, InterruptedException {
        return run(LAUNCHER, input, System.getenv(), args);
    }

    private Run launchWith(String javaOptions, String... args) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PACTWATCH_JAVA_OPTS", javaOptions);
        return run(LAUNCHER, null, env, args);
    }

    private Run run(Path launcher, Path input, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/pactwatch did not finish within 2 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
