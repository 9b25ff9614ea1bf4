package io.pactwatch.config;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    @TempDir
    Path home;

    @Test
    void theShippedConfigHoldsTheDocumentedDefaults() {
        Settings settings = ConfigLoader.load(Path.of("config/pactwatch.yaml"), Path.of("."));

        assertThat(settings.policy()).isEqualTo(Policy.defaults());
        assertThat(settings.registry()).isEqualTo(Path.of("./commitments"));
        assertThat(settings.rules()).isEqualTo(Path.of("./rules"));
    }

    @Test
    void relativePathsResolveAgainstTheHomeAndUnsetThresholdsKeepTheirDefaults() throws IOException {
        Path file = write("registry: data/registry\npolicy:\n  stale-after-days: 30\n");

        Settings settings = ConfigLoader.load(file, home);

        assertThat(settings.registry()).isEqualTo(home.resolve("data/registry"));
        assertThat(settings.rules()).isEqualTo(home.resolve("rules"));
        assertThat(settings.policy().staleAfterDays()).isEqualTo(30);
        assertThat(settings.policy().undatedAfterDays()).isEqualTo(Policy.DEFAULT_UNDATED_AFTER_DAYS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt key           | policy:\\n  stale-after-day: 30\\n           | pactwatch.yaml:2: unknown key "stale-after-day" (did you mean "stale-after-days"?)
            not a number           | policy:\\n  stale-after-days: half a year\\n | pactwatch.yaml:2: "stale-after-days" must be a whole number of days (0 or more), got "half a year"
            negative               | policy:\\n  undated-after-days: -1\\n        | pactwatch.yaml:2: "undated-after-days" must be a whole number
            thresholds out of order| policy:\\n  deadline-critical-days: 40\\n    | pactwatch.yaml:2: the deadline thresholds must satisfy critical <= warning <= info (got 40, 30, 90)
            unknown top-level key  | registy: x\\n                              | pactwatch.yaml:1: unknown key "registy" (did you mean "registry"?)
            policy not a mapping   | policy: strict\\n                          | pactwatch.yaml:1: "policy" must be a mapping
            """)
    void rejectsABadConfigNamingTheLine(String what, String yaml, String expected) throws IOException {
        write(yaml.replace("\\n", "\n"));

        assertThatThrownBy(() -> ConfigLoader.load(home.resolve("pactwatch.yaml"), home))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anySatisfy(p -> assertThat(p.toString()).startsWith(home + "/" + expected.strip())));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(home.resolve("pactwatch.yaml"), yaml);
    }
}
