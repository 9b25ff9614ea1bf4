package io.pactwatch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    @TempDir
    Path tmp;

    @Test
    void evaluatePrintsAnAlignedTableWithASummary() {
        Cli.Result result = Cli.run("evaluate", "--as-of", "2019-05-01");

        assertThat(result.exitCode()).isZero();
        String[] lines = result.out().split("\n");
        assertThat(lines[0]).matches("RULE +SEVERITY +COMMITMENT +DUE +MESSAGE");
        int dueColumn = lines[0].indexOf("DUE");
        assertThat(result.out()).contains("tentative-unconfirmed  warning   ru-tr-cyber-conference");
        assertThat(lines).filteredOn(l -> l.contains("ru-tr-cyber-conference"))
                .allSatisfy(l -> assertThat(l.substring(dueColumn)).matches("\\d{4}-\\d{2}-\\d{2} .*"));
        assertThat(lines[lines.length - 1]).matches("\\d+ alerts as of 2019-05-01: \\d+ critical, \\d+ warning, \\d+ info");
    }

    @Test
    void evaluateWithoutADateUsesTodayFromTheClock() {
        assertThat(Cli.run("evaluate").out()).isEqualTo(Cli.run("evaluate", "--as-of", "2019-05-01").out());
    }

    @Test
    void evaluateSaysSoWhenNothingFires() {
        Cli.Result result = Cli.run("evaluate", "--as-of", "2001-12-31");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("No alerts as of 2001-12-31.\n");
        assertThat(Cli.run("evaluate", "--as-of", "2001-12-31", "--format", "json").json()).isEmpty();
    }

    @Test
    void evaluateRefusesAnInvalidRegistryListingEveryProblem() throws IOException {
        Path registry = copySeedRegistry();
        Files.writeString(registry.resolve("zz-broken.yaml"), """
                commitments:
                  - id: broken
                    title: Broken
                    kind: meeting
                    parties: [Russia]
                    due: sometime
                    announced: 2019-01-01
                """);

        Cli.Result result = Cli.run("evaluate", "--as-of", "2019-05-01", "--registry", registry.toString());

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("registry rejected, 2 problems")
                .contains(registry.resolve("zz-broken.yaml") + ":4: unknown kind \"meeting\"")
                .contains(registry.resolve("zz-broken.yaml") + ":6: cannot read \"sometime\" as a period");
    }

    @Test
    void evaluateRefusesBrokenRulesWithFileAndLine() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("bad.drl"), "package p;\nrule \"x\"\nwhen\n  Foo(\nthen\nend\n");

        Cli.Result result = Cli.run("evaluate", "--as-of", "2019-05-01", "--rules", rules.toString());

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains(rules.resolve("bad.drl") + ":");
    }

    @Test
    void validateSaysOkForTheSeedRegistry() {
        Cli.Result result = Cli.run("commitments", "validate");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("ok: \\d+ commitments, no problems\\n");
    }

    @Test
    void validateCountsOneCommitmentAndOneProblemInTheSingular() throws IOException {
        Path good = Files.writeString(tmp.resolve("good.yaml"), """
                commitments:
                  - {id: a, title: A, kind: plan, parties: [Russia], due: 2014, announced: 2012-01-01}
                """);
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), """
                commitments:
                  - {id: a, title: A, kind: plan, parties: [Russia], due: someday, announced: 2012-01-01}
                """);

        assertThat(Cli.run("commitments", "validate", good.toString()).out()).isEqualTo("ok: 1 commitment, no problems\n");
        assertThat(Cli.run("commitments", "validate", bad.toString()).err()).endsWith("\n1 problem found\n");
    }

    @Test
    void runHelpSaysTheDaemonRunsInTheForeground() {
        Cli.Result help = Cli.run("run", "--help");

        assertThat(help.out()).contains("Run the daemon in the foreground until stopped").doesNotContain("background");
    }

    @Test
    void validatePrintsEachProblemAsFileLineMessageAndExitsTwo() throws IOException {
        Path file = Files.writeString(tmp.resolve("one.yaml"), """
                commitments:
                  - id: a
                    title: A
                    kind: plan
                    parties: [Russia]
                    due: 2014-2012
                    dependson: [b]
                    announced: 2012-01-01
                """);

        Cli.Result result = Cli.run("commitments", "validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err().lines()).containsExactly(
                file + ":6: \"2014-2012\" is not a valid period: it ends (2012-12-31) before it starts (2014-01-01)",
                file + ":7: unknown key \"dependson\" (did you mean \"depends-on\"?); allowed here: id, title, kind, "
                        + "parties, invited, topics, due, tentative, status, recurs, depends-on, supersedes, "
                        + "coordinator, quote, announced",
                "2 problems found");
    }

    @Test
    void listShowsResolvedPeriodsAndStatus() {
        Cli.Result result = Cli.run("commitments", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern(
                "ru-tr-cyber-conference +event +planned +2019-01-01\\.\\.2019-06-30 \\(tentative\\) +first half of 2019 +International conference");
        assertThat(result.out()).containsPattern("csto-drug-coordinating-council +body +in-progress +recurs +every 12 months");
        assertThat(Cli.run("commitments", "list", "--format", "json").json())
                .filteredOn(c -> c.get("id").equals("ru-ir-joint-action-plan-2012-2014"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.get("start")).isEqualTo("2012-01-01");
                    assertThat(c.get("end")).isEqualTo("2014-12-31");
                    assertThat(c.get("status")).isEqualTo("in-progress");
                });
    }

    @Test
    void aBadConfigIsRejectedWithItsLine() throws IOException {
        Path config = Files.writeString(tmp.resolve("pactwatch.yaml"), "policy:\n  stale-days: 3\n");

        Cli.Result result = Cli.run("evaluate", "--config", config.toString());

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains(config + ":2: unknown key \"stale-days\"");
    }

    @Test
    void aMissingConfigNamedOnTheCommandLineIsAnError() {
        Cli.Result result = Cli.run("evaluate", "--config", tmp.resolve("nope.yaml").toString());

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("nope.yaml: no such config file");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.run("evaluate", "--as-of", "yesterday").exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(Cli.run("evaluate", "--format", "xml").exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(Cli.run().exitCode()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("evaluate", "commitments", "Exit codes:", "2   bad input");
    }

    @Test
    void aPolicyFromTheConfigChangesWhatFires() throws IOException {
        Path config = Files.writeString(tmp.resolve("pactwatch.yaml"), """
                registry: %s
                rules: %s
                policy:
                  deadline-info-days: 10
                  deadline-warning-days: 5
                  deadline-critical-days: 1
                """.formatted(Path.of("commitments").toAbsolutePath(), Path.of("rules").toAbsolutePath()));

        Cli.Result result = Cli.run("evaluate", "--as-of", "2019-05-01", "--format", "json", "--config", config.toString());

        assertThat(result.json()).noneMatch(a -> a.get("rule").equals("deadline-approaching"));
    }

    private Path copySeedRegistry() throws IOException {
        Path registry = Files.createDirectories(tmp.resolve("registry"));
        try (var files = Files.list(Path.of("commitments"))) {
            for (Path file : files.toList()) {
                Files.copy(file, registry.resolve(file.getFileName()));
            }
        }
        return registry;
    }
}
