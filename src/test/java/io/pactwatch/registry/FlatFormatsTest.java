package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlatFormatsTest {

    private static final Path SEED = Path.of("commitments");

    @TempDir
    Path dir;

    @Test
    void theSeedRegistryWrittenAsJsonLinesLoadsToTheSameFacts() throws IOException {
        Registry yaml = RegistryLoader.load(SEED);
        FlatExport.jsonLines(yaml, dir.resolve("seed.jsonl"));

        assertThat(RegistryLoader.load(dir)).isEqualTo(yaml);
    }

    @Test
    void theSeedRegistryWrittenAsCsvLoadsToTheSameFacts() throws IOException {
        Registry yaml = RegistryLoader.load(SEED);
        FlatExport.csv(yaml, dir.resolve("commitments.csv"), dir.resolve("progress.csv"));

        Registry csv = RegistryLoader.load(dir);

        assertThat(csv.commitments()).containsExactlyInAnyOrderElementsOf(yaml.commitments());
        assertThat(csv.progress()).containsExactlyInAnyOrderElementsOf(yaml.progress());
    }

    @Test
    void yamlJsonLinesAndCsvMixInOneDirectory() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), """
                commitments:
                  - id: plan
                    title: Joint plan
                    kind: plan
                    parties: [Russia, Iran]
                    due: 2012-2014
                    announced: 2012-01-24
                """);
        Files.writeString(dir.resolve("b.jsonl"), """
                {"id": "talks", "title": "Talks", "kind": "event", "parties": "Russia", "depends-on": ["plan", "council"], "announced": "2012-02-01"}
                {"commitment": "plan", "date": "2012-03-01", "kind": "note"}
                """);
        Files.writeString(dir.resolve("c.csv"), """
                id,title,kind,parties,announced
                council,Council meeting,body,Russia;Iran,2012-01-01
                """);

        Registry registry = RegistryLoader.load(dir);

        assertThat(registry.commitments()).extracting(Commitment::id).containsExactly("plan", "talks", "council");
        assertThat(registry.commitment("talks").orElseThrow().dependsOn()).containsExactly("plan", "council");
        assertThat(registry.progressOf("plan")).hasSize(1);
    }

    @Test
    void aSpreadsheetExportWithBomQuotesAndBlankCellsReadsAsTheCoordinatorWroteIt() throws IOException {
        String csv = "\uFEFFid,title,kind,parties,status,tentative,quote,source.publisher,source.published\r\n"
                + "ru-tr-talks,\"Talks on tourism, security and \"\"safe travel\"\"\",event, Russia ; Turkey ;,,,"
                + "\"first line\r\nsecond line\",TASS,2018-11-23\r\n"
                + ",,,,,,,,\r\n";
        Files.write(dir.resolve("export.csv"), csv.getBytes(StandardCharsets.UTF_8));

        Commitment c = RegistryLoader.load(dir).commitments().get(0);

        assertThat(c.id()).isEqualTo("ru-tr-talks");
        assertThat(c.title()).isEqualTo("Talks on tourism, security and \"safe travel\"");
        assertThat(c.parties()).containsExactly("Russia", "Turkey");
        assertThat(c.status()).isEqualTo(Status.PLANNED);
        assertThat(c.tentative()).isFalse();
        assertThat(c.quote()).isEqualTo("first line\r\nsecond line");
        assertThat(c.announced()).isEqualTo(LocalDate.of(2018, 11, 23));
        assertThat(c.source().publisher()).isEqualTo("TASS");
    }

    @Test
    void aDuplicateIdAcrossFormatsNamesBothPlaces() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), """
                commitments:
                  - id: plan
                    title: Joint plan
                    kind: plan
                    parties: [Russia]
                    announced: 2012-01-24
                """);
        Files.writeString(dir.resolve("b.jsonl"), "\n{\"id\": \"plan\", \"title\": \"Again\", \"kind\": \"plan\","
                + " \"parties\": [\"Iran\"], \"announced\": \"2012-01-24\"}\n");

        assertThat(RegistryLoader.validate(List.of(dir))).extracting(Problem::toString).containsExactly(
                dir.resolve("b.jsonl") + ":2: duplicate id \"plan\": already declared at " + dir.resolve("a.yaml") + ":2");
    }

    @Test
    void oneBadRowRejectsTheWholeRegistry() throws IOException {
        Files.writeString(dir.resolve("a.csv"), """
                id,title,kind,parties,announced
                good,Good,event,Russia,2012-01-01
                bad,Bad,party,Russia,2012-01-01
                """);

        assertThatThrownBy(() -> RegistryLoader.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("registry rejected, 1 problem:");
    }

    @Test
    void aDirectoryWithNoRegistryFileNamesEveryFormatItLooksFor() {
        assertThat(RegistryLoader.validate(List.of(dir))).extracting(Problem::message)
                .containsExactly("no registry files (*.yaml, *.yml, *.jsonl, *.csv) here");
    }
}
