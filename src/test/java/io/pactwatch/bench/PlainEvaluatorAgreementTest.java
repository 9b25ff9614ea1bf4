package io.pactwatch.bench;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Policy;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.rules.RuleCompiler;
import io.pactwatch.synthetic.RegistryGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's plain-Java lower bound is only honest if it computes what the DRL pack computes: on a
 * generated registry of 10^4 commitments both raise the same alerts (rule, severity, commitment, date). The pack
 * it is compared with is the frozen copy kept with it, so that editing rules/ never fails this test.
 */
class PlainEvaluatorAgreementTest {

    /** The pack {@link PlainEvaluator} rewrites, as it was when it was written (src/bench/rules/README.md). */
    static final Path FROZEN_RULES = Path.of("src/bench/rules");

    @TempDir
    static Path dir;

    private static Registry registry;

    @BeforeAll
    static void generate() throws IOException {
        new RegistryGenerator(7).write(10_000, dir);
        registry = RegistryLoader.load(dir);
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2012-06-01", "2016-01-01", "2020-06-01", "2026-01-01"})
    void theDrlPackAndThePlainJavaEvaluatorRaiseTheSameAlerts(String asOf) {
        LocalDate day = LocalDate.parse(asOf);

        List<String> drools = keys(new Evaluator(RuleCompiler.compile(FROZEN_RULES), Policy.defaults())
                .evaluate(registry, day));
        List<String> plain = keys(new PlainEvaluator(Policy.defaults()).evaluate(registry, day));

        assertThat(drools).hasSizeGreaterThan(1000);
        assertThat(plain).containsExactlyInAnyOrderElementsOf(drools);
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2016-01-01", "2020-06-01"})
    void evaluatingInPartsRaisesWhatOneSessionRaises(String asOf) {
        LocalDate day = LocalDate.parse(asOf);
        var rules = RuleCompiler.compile(Path.of("rules"));

        List<Alert> whole = new Evaluator(rules, Policy.defaults(), Integer.MAX_VALUE).evaluate(registry, day);
        List<Alert> parts = new Evaluator(rules, Policy.defaults(), 700).evaluate(registry, day);

        assertThat(parts).hasSizeGreaterThan(1000).containsExactlyElementsOf(whole);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void theGeneratorIsDeterministicForASeed(long seed, @TempDir Path a, @TempDir Path b) throws IOException {
        new RegistryGenerator(seed).write(2_500, a);
        new RegistryGenerator(seed).write(2_500, b);

        assertThat(Files.readString(a.resolve("registry-00001.yaml"))).isEqualTo(Files.readString(b.resolve("registry-00001.yaml")));
        assertThat(RegistryLoader.validate(List.of(a))).isEmpty();
    }

    private static List<String> keys(List<Alert> alerts) {
        return alerts.stream().map(a -> a.rule() + " " + a.severity() + " " + a.commitment() + " " + a.due()).toList();
    }
}
