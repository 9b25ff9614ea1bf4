package io.pactwatch.synthetic;

import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryGeneratorFormatsTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWrittenAsJsonLinesLoadsToTheSameFactsAsYaml() throws IOException {
        new RegistryGenerator(7).write(3_000, dir.resolve("yaml"), RegistryFormat.YAML);
        new RegistryGenerator(7).write(3_000, dir.resolve("jsonl"), RegistryFormat.JSONL);

        Registry yaml = RegistryLoader.load(dir.resolve("yaml"));

        assertThat(yaml.commitments()).hasSize(3_000);
        assertThat(yaml.progress()).isNotEmpty();
        assertThat(RegistryLoader.load(dir.resolve("jsonl"))).isEqualTo(yaml);
    }
}
