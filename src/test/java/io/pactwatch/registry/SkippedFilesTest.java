package io.pactwatch.registry;

import io.pactwatch.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What is named like a registry file but cannot be read as one is reported with the reason, never skipped silently. */
class SkippedFilesTest {

    private static final String VALID = """
            commitments:
              - {id: kept, title: Kept, kind: event, parties: [Russia], due: 2001, announced: 2000-01-01}
            """;

    @TempDir
    Path dir;

    @Test
    void aDanglingLinkAFifoAndADirectoryNamedLikeAFileAreEachReportedWithWhy() throws Exception {
        Files.writeString(dir.resolve("a-valid.yaml"), VALID);
        Files.createSymbolicLink(dir.resolve("behind-a-share.yaml"), Path.of("/mnt/not-mounted/x.yaml"));
        Files.createDirectory(dir.resolve("folder.yaml"));
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString()).start().waitFor()).isZero();

        List<String> problems = RegistryLoader.validate(List.of(dir)).stream().map(Problem::toString).toList();

        assertThat(problems).containsExactly(
                dir.resolve("behind-a-share.yaml") + ": not read: a symbolic link to /mnt/not-mounted/x.yaml, which"
                        + " does not exist (a share not mounted?); restore its target or remove the link",
                dir.resolve("folder.yaml") + ": not read: a directory named like a file (subdirectories are not"
                        + " read); rename it or move its files up",
                dir.resolve("pipe.yaml") + ": not read: not a regular file (a named pipe, socket or device, which"
                        + " could block the reader); remove it");
    }

    @Test
    void aLinkToARegularFileIsReadLikeTheFile() throws IOException {
        Path target = Files.writeString(Files.createDirectory(dir.resolve("elsewhere")).resolve("real.yml"), VALID);
        Path registry = Files.createDirectory(dir.resolve("registry"));
        Files.createSymbolicLink(registry.resolve("linked.yaml"), target);

        assertThat(RegistryLoader.load(registry).commitment("kept")).isPresent();
    }
}
