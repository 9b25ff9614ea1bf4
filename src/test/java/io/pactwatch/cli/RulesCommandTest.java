package io.pactwatch.cli;

import io.pactwatch.rules.FactModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {

    /** Wrong both ways, and with contains/excludes, so that a rule added to rules/ cannot change its diff. */
    private static final String WRONG_EXPECTATION = """
            scenario: a wrong expectation
            commitments:
              - {id: conference, title: Conference, kind: event, parties: [Russia], due: 2019-06-30, announced: 2019-03-01}
            cases:
              - as-of: 2019-06-25
                contains:
                  - {rule: overdue, commitment: conference}
                excludes:
                  - {rule: deadline-approaching, commitment: conference}
            """;

    @TempDir
    Path tmp;

    @Test
    void checkOfTheShippedPackIsCleanAndTimed() {
        Cli.Result result = Cli.run("rules", "check");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("0 errors, 0 warnings in .*rules \\(\\d+ ms\\)\\n");
    }

    @Test
    void checkExitsOneOnWarningsOnlyWithStrictAndTwoOnErrors() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("a.drl"), "package p;\nimport io.pactwatch.model.Commitment;\n"
                + "rule \"no-metadata\" when Commitment() then end\n");

        assertThat(Cli.run("rules", "check", rules.toString()).exitCode()).isZero();
        Cli.Result strict = Cli.run("rules", "check", "--strict", rules.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains(rules.resolve("a.drl") + ":3:1: warning: rule \"no-metadata\" has no @severity");

        Files.writeString(rules.resolve("b.drl"), "package p;\nrule \"broken\" when Nothing() then end\n");
        Cli.Result broken = Cli.run("rules", "check", rules.toString());
        assertThat(broken.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(broken.out()).contains(rules.resolve("b.drl") + ":2:1: error: Unable to resolve ObjectType 'Nothing'");
    }

    @Test
    void checkWarnsAboutARuleNoScenarioExercisesNamingItsFileAndLine() throws IOException {
        Path rules = copyOfTheShippedPack();
        Files.writeString(rules.resolve("extra.drl"), """
                package pactwatch;
                import io.pactwatch.model.Commitment;

                rule "untested"
                    @severity("info") @category("gap") @description("A rule nobody wrote a scenario for")
                when
                    Commitment(id == "never-in-any-registry")
                then
                end
                """);

        Cli.Result check = Cli.run("rules", "check", rules.toString());

        assertThat(check.exitCode()).as("a warning, not an error").isZero();
        assertThat(check.out()).contains(rules.resolve("extra.drl") + ":4:1: warning: rule \"untested\" is exercised by"
                + " no scenario in " + rules.resolve("tests") + ": add one that lists it under contains");
        assertThat(check.out().lines().filter(l -> l.contains("is exercised by no scenario"))).hasSize(1);
        assertThat(check.out()).contains("0 errors, 1 warning");
        assertThat(Cli.run("rules", "check", "--strict", rules.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void testRunsTheShippedScenariosAndEndsWithTheCount() {
        Cli.Result result = Cli.run("rules", "test");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList()).last().asString().matches("\\d+ passed, 0 failed");
    }

    @Test
    void testShowsADiffOfExpectedAndActualAndExitsOne() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("wrong.yaml"), WRONG_EXPECTATION);

        Cli.Result result = Cli.run("rules", "test", scenario.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                FAIL %s:5: a wrong expectation (as of 2019-06-25)
                     - expected, not raised: overdue conference
                     + raised, not expected: deadline-approaching conference (critical) [excluded]
                0 passed, 1 failed
                """.formatted(scenario));
    }

    @Test
    void testRejectsAnInvalidScenarioFileNamingTheLine() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("bad.yaml"),
                WRONG_EXPECTATION.replace("as-of: 2019-06-25", "as-of: next week").replace("rule: overdue", "rul: overdue"));

        Cli.Result result = Cli.run("rules", "test", scenario.toString());

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains(scenario + ":5: \"as-of\" must be a date written YYYY-MM-DD")
                .contains(scenario + ":7: unknown key \"rul\" (did you mean \"rule\"?)");
    }

    @Test
    void listShowsEachRuleWithItsPlaceMetadataAndThresholds() {
        Cli.Result result = Cli.run("rules", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("deadline-approaching +\\S*rules/deadlines\\.drl:\\d+ +info +deadline +"
                + "deadline-info-days, deadline-warning-days, deadline-critical-days +An open commitment");
        assertThat(result.out()).containsPattern("blocked +\\S*rules/dependencies\\.drl:\\d+ +warning +dependency +An open");
        assertThat(Cli.run("rules", "list", "--format", "json").json())
                .filteredOn(r -> r.get("rule").equals("stale")).singleElement()
                .satisfies(r -> assertThat(r.get("reads")).asList().containsExactly("stale-after-days"));
    }

    @Test
    void theWorkedExampleOfTheRuleAuthorsGuideWorksAsWritten() throws IOException {
        String guide = Files.readString(Path.of("docs/rules.md"));
        java.util.regex.Matcher blocks = java.util.regex.Pattern.compile("(?s)```(drl|yaml)\n(.*?)```").matcher(guide);
        List<String> drl = new ArrayList<>();
        List<String> yaml = new ArrayList<>();
        while (blocks.find()) {
            (blocks.group(1).equals("drl") ? drl : yaml).add(blocks.group(2).replaceAll("(?m)^   ", ""));
        }
        Path rules = copyOfTheShippedPack();
        Files.writeString(rules.resolve("postponements.drl"), drl.get(1));
        Path scenario = Files.writeString(rules.resolve("tests/postponed-undated.yaml"), yaml.get(1));

        assertThat(Cli.run("rules", "check", rules.toString()).out()).startsWith("0 errors, 0 warnings");
        Cli.Result test = Cli.run("rules", "test", "--rules", rules.toString(), scenario.toString());
        assertThat(test.exitCode()).as(test.out()).isZero();
        assertThat(guide).contains("ends with `" + test.out().lines().reduce((a, b) -> b).orElseThrow() + "`");
    }

    /** The shipped DRL files and their scenarios, copied to rules/ and rules/tests/ under the test's directory. */
    private Path copyOfTheShippedPack() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.createDirectories(rules.resolve("tests"));
        for (String dir : List.of("", "tests")) {
            try (var shipped = Files.list(Path.of("rules", dir))) {
                for (Path file : shipped.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, rules.resolve(dir).resolve(file.getFileName()));
                }
            }
        }
        return rules;
    }

    @Test
    void referenceIsTheFactTablesOfTheRuleAuthorsGuide() throws IOException {
        String guide = Files.readString(Path.of("docs/rules.md"));
        String generated = Cli.run("rules", "reference").out();

        assertThat(generated).isEqualTo(FactModel.markdown());
        assertThat(guide).as("docs/rules.md is out of date: replace the part between the 'facts' markers with "
                + "the output of `bin/pactwatch rules reference`").contains(
                "<!-- facts: generated by `bin/pactwatch rules reference` -->\n" + generated + "<!-- facts: end -->");
    }
}
