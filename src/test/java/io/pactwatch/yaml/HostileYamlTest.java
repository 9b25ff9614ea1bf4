package io.pactwatch.yaml;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.registry.RegistryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registry files written to break the reader: each is refused with its file and line, the process stays up. */
class HostileYamlTest {

    private static final String HEAD = "commitments:\n  - id: x\n    kind: event\n    title: ";

    @TempDir
    Path dir;

    @Test
    void flowCollectionsTwoThousandLevelsDeepAreRefusedAtTheirLineInsteadOfOverflowingTheStack() throws IOException {
        write("deep.yaml", HEAD + "[".repeat(2000) + "]".repeat(2000) + "\n");

        assertThatThrownBy(() -> RegistryLoader.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("deep.yaml:4:")
                .hasMessageContaining("nested more than " + LeanComposer.MAX_NESTING_DEPTH + " levels deep");
    }

    @Test
    void blockMappingsNestedDeeplyAreRefusedAtTheLineWhereTheLimitIsPassed() throws IOException {
        StringBuilder yaml = new StringBuilder("commitments:\n  - id: x\n    title:\n");
        for (int level = 0; level < 1000; level++) {
            yaml.append(" ".repeat(6 + level)).append("a:\n");
        }
        write("block.yaml", yaml.toString());

        assertThatThrownBy(() -> RegistryLoader.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageMatching("(?s).*block\\.yaml:\\d+:\\d*:? ?.*nested more than.*")
                .hasMessageNotContaining("StackOverflow");
    }

    @Test
    void aScalarLongerThanTheLimitIsRefusedAtItsLine() throws IOException {
        write("long.yaml", HEAD + "\"" + "a".repeat(LeanComposer.MAX_SCALAR_LENGTH + 1) + "\"\n");

        assertThatThrownBy(() -> RegistryLoader.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("long.yaml:4:")
                .hasMessageContaining("a value of " + (LeanComposer.MAX_SCALAR_LENGTH + 1) + " characters");
    }

    @Test
    void aTenMegabyteQuotedScalarIsRefusedAsAFileTooLargeToRead() throws IOException {
        write("huge.yaml", HEAD + "\"" + "a".repeat(10_000_000) + "\"\n");

        assertThatThrownBy(() -> RegistryLoader.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("huge.yaml")
                .hasMessageContaining("more than " + YamlFile.MAX_FILE_CHARACTERS + " characters; split it");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
