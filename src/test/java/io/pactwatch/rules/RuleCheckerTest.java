package io.pactwatch.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCheckerTest {

    /** Five lines, so that a rule written after it starts on line 6. */
    private static final String HEADER = """
            package test;
            import io.pactwatch.model.Commitment;
            import io.pactwatch.model.Today;
            import io.pactwatch.rules.Alerts;

            """;
    private static final String META = "@severity(\"info\") @category(\"gap\") @description(\"d\")";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax error             | rule "r" META when Commitment(open,, tentative) then end                   | x.drl:6:
            unknown type             | rule "r" META when Comitment(open) then end                               | x.drl:6:1: error: Unable to resolve ObjectType 'Comitment' (did you mean "Commitment"?)
            unknown field            | rule "r" META when Commitment(tentativ) then end                          | x.drl:6:1: error: Unable to Analyse Expression tentativ: Error: unable to resolve method using strict-mode: io.pactwatch.model.Commitment.tentativ() (did you mean "tentative"?)
            unknown method in then   | rule "r" META when $c : Commitment() then System.out.println($c.titel()); end | (did you mean "title"?)
            no severity              | rule "r" @category("gap") @description("d") when Commitment() then end | x.drl:6:1: warning: rule "r" has no @severity(...)
            unknown severity         | rule "r" @severity("urgent") @category("gap") @description("d") when Commitment() then end | x.drl:6:1: error: rule "r" declares an unknown severity "urgent"; one of: info, warning, critical
            no category              | rule "r" @severity("info") @description("d") when Commitment() then end | x.drl:6:1: warning: rule "r" has no @category(...)
            no description           | rule "r" @severity("info") @category("gap") when Commitment() then end  | x.drl:6:1: warning: rule "r" has no @description
            global never supplied    | global java.util.List out;                                                | x.drl:6:1: error: global "out" is declared but never supplied
            """)
    void reportsEachProblemAtItsLineAndColumn(String what, String drl, String expected) throws IOException {
        Files.writeString(dir.resolve("x.drl"), HEADER + drl.replace("META", META) + "\n");

        List<String> lines = RuleChecker.check(dir).diagnostics().stream().map(Diagnostic::toString).toList();

        assertThat(lines).anySatisfy(line -> assertThat(line).contains(expected.startsWith("x.drl")
                ? dir.resolve(expected.substring(0, expected.indexOf(':'))) + expected.substring(expected.indexOf(':'))
                : expected));
    }

    @Test
    void aSyntaxErrorNamesItsColumn() throws IOException {
        Files.writeString(dir.resolve("x.drl"), HEADER + "rule \"r\" " + META + "\nwhen\n    Commitment(open,, tentative)\nthen\nend\n");

        assertThat(RuleChecker.check(dir).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
            assertThat(d.problem().line()).isEqualTo(8);
            assertThat(d.problem().column()).isGreaterThan(1);
        });
    }

    @Test
    void aDuplicateRuleNameAcrossFilesNamesBothPlaces() throws IOException {
        Files.writeString(dir.resolve("a.drl"), HEADER + "rule \"same\" " + META + " when Commitment() then end\n");
        Files.writeString(dir.resolve("b.drl"), HEADER.replace("package test;", "package other;")
                + "rule \"same\" " + META + " when Commitment() then end\n");

        assertThat(RuleChecker.check(dir).diagnostics()).extracting(Diagnostic::toString).containsExactly(
                dir.resolve("b.drl") + ":6:1: error: duplicate rule name \"same\" (also at " + dir.resolve("a.drl")
                        + ":6): a rule's name is the name of its alerts, so it must be unique across files");
    }

    @Test
    void aRuleThatCompilesButFailsOnRealFactsIsAnError() throws IOException {
        Files.writeString(dir.resolve("x.drl"), HEADER + """
                rule "overreads" @severity("info") @category("gap") @description("d")
                when
                    $c : Commitment(title.substring(50) != null)
                then
                end
                """);

        RuleChecker.Report report = RuleChecker.check(dir);

        assertThat(report.errors()).isEqualTo(1);
        assertThat(report.diagnostics().get(0).problem().message())
                .startsWith("the rules compiled but failed on sample facts")
                .contains("overreads");
    }

    @Test
    void theShippedPackIsClean() {
        RuleChecker.Report report = RuleChecker.check(Path.of("rules"));

        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.rules()).isPresent();
    }
}
