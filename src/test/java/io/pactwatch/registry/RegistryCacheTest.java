package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The daemon's reload of a registry: only files whose content changed are parsed again. */
class RegistryCacheTest {

    @TempDir
    Path dir;

    private final RegistryCache cache = new RegistryCache();

    @BeforeEach
    void threeFiles() throws IOException {
        for (String name : new String[] {"a", "b", "c"}) {
            write(name + ".yaml", entry(name, "2030"));
        }
    }

    @Test
    void theFirstLoadParsesEveryFileAndGivesWhatTheLoaderGives() {
        Registry registry = cache.load(dir);

        assertThat(cache.filesParsed()).isEqualTo(3);
        assertThat(registry).isEqualTo(RegistryLoader.load(dir));
    }

    @Test
    void loadingUnchangedFilesAgainParsesNothing() throws IOException {
        cache.load(dir);
        Files.setLastModifiedTime(dir.resolve("b.yaml"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        Registry again = cache.load(dir);

        assertThat(cache.filesParsed()).isEqualTo(3);
        assertThat(again.commitments()).extracting(Commitment::id).containsExactly("a", "b", "c");
    }

    @Test
    void editingOneFileParsesThatFileOnly() throws IOException {
        cache.load(dir);
        write("b.yaml", entry("b", "2031"));

        Registry edited = cache.load(dir);

        assertThat(cache.filesParsed()).isEqualTo(4);
        assertThat(edited.commitment("b")).get().extracting(c -> c.due().text()).isEqualTo("2031");
        assertThat(edited).isEqualTo(RegistryLoader.load(dir));
    }

    @Test
    void anEditOfTheSameLengthInTheSameSecondIsSeen() throws IOException {
        cache.load(dir);
        FileTime before = Files.getLastModifiedTime(dir.resolve("b.yaml"));
        write("b.yaml", entry("b", "2039"));
        Files.setLastModifiedTime(dir.resolve("b.yaml"), before);

        assertThat(cache.load(dir).commitment("b")).get().extracting(c -> c.due().text()).isEqualTo("2039");
    }

    @Test
    void aRemovedFileTakesItsCommitmentsAwayAndAnAddedOneIsParsed() throws IOException {
        cache.load(dir);
        Files.delete(dir.resolve("c.yaml"));
        write("d.yaml", entry("d", "2030"));

        Registry changed = cache.load(dir);

        assertThat(changed.commitments()).extracting(Commitment::id).containsExactly("a", "b", "d");
        assertThat(cache.filesParsed()).isEqualTo(4);
    }

    @Test
    void aBrokenEditRejectsTheWholeRegistryAndFixingItParsesThatFileOnly() throws IOException {
        cache.load(dir);
        write("b.yaml", entry("b", "2031").replace("kind: event", "kind: evnt"));

        assertThatThrownBy(() -> cache.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(dir.resolve("b.yaml") + ":4: unknown kind \"evnt\"");

        write("b.yaml", entry("b", "2031"));
        assertThat(cache.load(dir).commitments()).extracting(Commitment::id).containsExactly("a", "b", "c");
        assertThat(cache.filesParsed()).isEqualTo(5);
    }

    @Test
    void aLinkToACommitmentOfAnotherFileIsCheckedAgainWhenThatFileChanges() throws IOException {
        write("c.yaml", entry("c", "2030") + "    depends-on: [a]\n");
        cache.load(dir);
        write("a.yaml", entry("renamed", "2030"));

        assertThatThrownBy(() -> cache.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(dir.resolve("c.yaml") + ":8: depends-on: no commitment has the id \"a\"");
    }

    @Test
    void jsonLinesAndCsvFilesAreReadFromTheBytesTheCacheHashedAndReparsedOnlyWhenTheyChange() throws IOException {
        write("d.jsonl", jsonLine("d", "2030"));
        write("e.csv", "id,title,kind,parties,due,announced\ne,Conference e,event,Russia;Turkey,2030,2026-01-01\n");
        cache.load(dir);
        write("d.jsonl", jsonLine("d", "2032"));

        Registry edited = cache.load(dir);

        assertThat(cache.filesParsed()).isEqualTo(6);
        assertThat(edited.commitment("d")).get().extracting(c -> c.due().text()).isEqualTo("2032");
        assertThat(edited.commitment("e")).get().extracting(Commitment::parties).isEqualTo(List.of("Russia", "Turkey"));
        assertThat(edited).isEqualTo(RegistryLoader.load(dir));
    }

    @Test
    void aJsonLinesFileThatIsNotUtf8IsRejectedThroughTheCacheAsByTheLoader() throws IOException {
        Files.write(dir.resolve("d.jsonl"), new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'});

        assertThatThrownBy(() -> cache.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(dir.resolve("d.jsonl") + ": not UTF-8 text; save the file as UTF-8");
    }

    private static String jsonLine(String id, String due) {
        return "{\"id\": \"%s\", \"title\": \"Conference %s\", \"kind\": \"event\", \"parties\": [\"Russia\"],"
                .formatted(id, id) + " \"due\": \"%s\", \"announced\": \"2026-01-01\"}\n".formatted(due);
    }

    private static String entry(String id, String due) {
        return """
                commitments:
                  - id: %s
                    title: Conference %s
                    kind: event
                    parties: [Russia, Turkey]
                    due: "%s"
                    announced: 2026-01-01
                """.formatted(id, id, due);
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve(name), yaml);
    }
}
