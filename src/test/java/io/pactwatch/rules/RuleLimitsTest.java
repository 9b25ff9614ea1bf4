package io.pactwatch.rules;

import io.pactwatch.model.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule pack that never finishes is stopped by a firing budget or a time limit, and the rule is named. */
class RuleLimitsTest {

    private static final String HEADER = """
            package test;
            import io.pactwatch.model.Commitment;

            """;
    private static final String META = "@severity(\"info\") @category(\"gap\") @description(\"d\")";

    @TempDir
    Path dir;

    @Test
    void aRuleThatUpdatesWhatItMatchesIsStoppedAndNamedInsteadOfFillingTheHeap() throws IOException {
        Files.writeString(dir.resolve("x.drl"), HEADER + "rule \"loops\" " + META
                + "\nwhen $c : Commitment() then update($c); end\n");
        RuleBase rules = RuleCompiler.compile(dir);

        assertThatThrownBy(() -> new Evaluator(rules, Policy.defaults()).evaluate(SmokeTest.registry(), SmokeTest.AS_OF))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageContaining("rule \"loops\" keeps firing")
                .hasMessageContaining("no-loop true")
                .satisfies(e -> assertThat(((RuleFailedException) e).rule()).contains("loops"));
    }

    @Test
    void rulesCheckReportsTheLoopingRuleAtItsLine() throws IOException {
        Files.writeString(dir.resolve("x.drl"), HEADER + "rule \"fine\" " + META + "\nwhen Commitment() then end\n"
                + "rule \"loops\" " + META + "\nwhen $c : Commitment() then update($c); end\n");

        assertThat(RuleChecker.check(dir).diagnostics()).anySatisfy(d -> {
            assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
            assertThat(d.problem().file()).isEqualTo(dir.resolve("x.drl"));
            assertThat(d.problem().line()).isEqualTo(6);
            assertThat(d.problem().message()).contains("rule \"loops\" keeps firing");
        });
    }

    @Test
    void anEvaluationPastItsTimeLimitIsHaltedWithAnErrorNamingTheRuleStillFiring() throws IOException {
        Files.writeString(dir.resolve("x.drl"), HEADER + "rule \"slow\" " + META
                + "\nwhen $c : Commitment() then try { Thread.sleep(20); } catch (InterruptedException e) { } end\n");
        RuleBase rules = RuleCompiler.compile(dir);

        assertThatThrownBy(() -> new Evaluator(rules, Policy.defaults()).withTimeLimit(Duration.ofMillis(100))
                .evaluate(SmokeTest.registry(), SmokeTest.AS_OF))
                .isInstanceOf(RuleFailedException.class)
                .hasMessageContaining("did not finish within 100 ms")
                .hasMessageContaining("rule \"slow\"");
    }
}
