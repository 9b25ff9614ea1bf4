package io.pactwatch.cli;

import io.pactwatch.registry.FlatExport;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed registry exported to JSON Lines and to CSV raises exactly the alerts the YAML one does. */
class FlatRegistryEvaluateTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void export() throws IOException {
        Registry seed = RegistryLoader.load(Path.of("commitments"));
        FlatExport.jsonLines(seed, Files.createDirectories(dir.resolve("jsonl")).resolve("seed.jsonl"));
        Path csv = Files.createDirectories(dir.resolve("csv"));
        FlatExport.csv(seed, csv.resolve("commitments.csv"), csv.resolve("progress.csv"));
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2012-06-01", "2013-02-01", "2015-01-01", "2019-05-01", "2020-01-01", "2025-06-01"})
    void theSeedAsJsonLinesAndAsCsvRaisesTheSameAlertsAsYaml(String asOf) {
        Cli.Result yaml = evaluate("commitments", asOf);

        assertThat(yaml.exitCode()).isEqualTo(Main.OK);
        assertThat(evaluate(dir.resolve("jsonl").toString(), asOf).out()).isEqualTo(yaml.out());
        assertThat(evaluate(dir.resolve("csv").toString(), asOf).out()).isEqualTo(yaml.out());
    }

    @org.junit.jupiter.api.Test
    void theComparisonIsNotVacuous() {
        assertThat(evaluate(dir.resolve("csv").toString(), "2019-05-01").json()).isNotEmpty();
    }

    private static Cli.Result evaluate(String registry, String asOf) {
        return Cli.run("evaluate", "--registry", registry, "--as-of", asOf, "--format", "json");
    }
}
