package io.pactwatch.rules;

import io.pactwatch.rules.scenario.ScenarioReader;
import io.pactwatch.rules.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every case of every scenario in rules/tests/, as one test each: the shipped pack's boundary tests. */
class ShippedScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioPasses() {
        List<ScenarioRunner.Outcome> outcomes = new ScenarioRunner(ShippedRules.get())
                .run(ScenarioReader.read(List.of(Path.of("rules/tests"))));
        assertThat(outcomes).hasSizeGreaterThan(40);
        return outcomes.stream().map(outcome -> DynamicTest.dynamicTest(outcome.title(),
                () -> assertThat(outcome.diff()).as(outcome.title()).isEmpty()));
    }
}
