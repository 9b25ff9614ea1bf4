package io.pactwatch.rules;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Problem;
import io.pactwatch.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.pactwatch.rules.Facts.commitment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleCompilerTest {

    private static final String HEADER = """
            package test;
            import io.pactwatch.model.Commitment;
            import io.pactwatch.model.Today;
            import io.pactwatch.rules.Alerts;
            """;

    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorIsReportedWithFileLineAndColumnAndNothingElse() throws IOException {
        Path file = write("broken.drl", HEADER + """
                rule "broken"
                when
                    $c : Commitment(open,, tentative)
                then
                end
                """);

        List<Problem> problems = compileErrors();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(file);
        assertThat(problems.get(0).line()).isEqualTo(7);
        assertThat(problems.get(0).column()).isPositive();
        assertThat(problems.get(0).toString()).startsWith(file + ":7:");
    }

    @Test
    void anUnknownFieldIsReportedAtItsRule() throws IOException {
        Path file = write("field.drl", HEADER + """
                rule "unknown-field"
                when
                    Commitment(deadline != null)
                then
                end
                """);

        assertThat(compileErrors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).contains("deadline");
        });
    }

    @Test
    void errorsInEveryFileAreReportedTogether() throws IOException {
        write("a.drl", HEADER + "rule \"a\" when Commitment(nope == 1) then end\n");
        write("b.drl", HEADER + "rule \"b\" when Nothing() then end\n");

        assertThat(compileErrors()).extracting(p -> p.file().getFileName().toString()).containsExactly("a.drl", "b.drl");
    }

    @Test
    void aTypeDeclaredInOneFileCanBeUsedInAnEarlierOne() throws IOException {
        write("a-uses.drl", "package test;\nrule \"uses\" when Marker() then end\n");
        write("z-declares.drl", "package test;\ndeclare Marker\nend\n");

        assertThat(RuleCompiler.compile(dir).files()).hasSize(2);
        assertThat(RuleCatalog.list(dir)).extracting(RuleCatalog.Entry::name).containsExactly("uses");
    }

    @Test
    void aDirectoryWithoutRulesIsAProblemNotAnEmptyPack() {
        assertThatThrownBy(() -> RuleCompiler.compile(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(dir + ": no *.drl files here");
        assertThatThrownBy(() -> RuleCompiler.compile(dir.resolve("missing")))
                .hasMessageContaining("no such rules directory");
    }

    @Test
    void aRuleRaisingAnAlertWithoutSeverityFailsTheEvaluationNamingTheRule() throws IOException {
        write("nosev.drl", HEADER + """
                rule "no-severity"
                when
                    $c : Commitment()
                then
                    insert(Alerts.raise(kcontext, $c, null, "x"));
                end
                """);
        RuleBase rules = RuleCompiler.compile(dir);
        Registry registry = new Registry(List.of(commitment("c").build()), List.of());

        assertThatThrownBy(() -> new Evaluator(rules, Policy.defaults()).evaluate(registry, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageContaining("no-severity")
                .hasMessageContaining("@severity");
    }

    @Test
    void theShippedPackCompilesWithoutWarnings() {
        assertThat(ShippedRules.get().warnings()).isEmpty();
        assertThat(ShippedRules.get().files()).as("a rule author may add files").extracting(f -> f.getFileName().toString())
                .contains("deadlines.drl", "dependencies.drl", "gaps.drl");
    }

    private List<Problem> compileErrors() {
        try {
            RuleCompiler.compile(dir);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("the rules compiled");
    }

    private Path write(String name, String drl) throws IOException {
        return Files.writeString(dir.resolve(name), drl);
    }
}
