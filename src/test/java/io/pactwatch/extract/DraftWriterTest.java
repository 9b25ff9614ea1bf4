package io.pactwatch.extract;

import io.pactwatch.extract.Seeds.Seed;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Status;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DraftWriterTest {

    @TempDir
    Path tmp;

    static List<Seed> seeds() {
        return Seeds.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theDraftOfEachSeedArticleIsAValidRegistryFileOfProposals(Seed seed) throws IOException {
        Extraction extraction = seed.extract();
        Path file = write(extraction, "draft.yaml");

        Registry registry = RegistryLoader.load(file);

        assertThat(registry.commitments()).hasSize(extraction.drafts().size()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.PROPOSED))
                .allSatisfy(c -> assertThat(c.announced()).isEqualTo(extraction.published()));
        assertThat(registry.commitments()).extracting(Commitment::quote)
                .allSatisfy(quote -> assertThat(seed.text().replaceAll("\\s+", " ")).contains(quote));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyGuessedFieldCarriesAReviewComment(Seed seed) throws IOException {
        List<String> lines = Files.readAllLines(write(seed.extract(), "draft.yaml"));

        assertThat(lines).filteredOn(l -> l.matches("\\s*-? ?(id|title|publisher|kind|parties|invited|due|tentative|published):.*"))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("  # review: "));
        assertThat(lines).filteredOn(l -> l.matches("\\s*(status|quote):.*")).noneMatch(l -> l.contains("# review"));
    }

    @Test
    void hostileArticleTextStaysInsideItsQuotedValues() throws IOException {
        String article = """
                Evil headline: with "quotes", a # hash and a \\ backslash

                MOSCOW, March 3 (Itar-Tass) - Russia and Iran will hold talks in 2020 ("key: value" # not a comment \\n)\u2028injected: true.
                """;
        Extraction extraction = new Extractor(Gazetteer.standard())
                .extract(tmp.resolve("evil.txt"), article, Optional.of(LocalDate.of(2019, 3, 3)), Seeds.TODAY);

        Commitment talks = RegistryLoader.load(write(extraction, "evil.yaml")).commitments().get(0);

        // the line separator is white space to the sentence splitter; what matters is that no key "injected" appears
        assertThat(talks.quote()).endsWith("(\"key: value\" # not a comment \\n) injected: true.");
        assertThat(talks.due().range()).isEqualTo("2020-01-01..2020-12-31");
        assertThat(Files.readString(tmp.resolve("evil.yaml"))).contains("title: \"Evil headline: with \\\"quotes\\\", a # hash");
    }

    @Test
    void aRelativePeriodIsWrittenInAFormTheRegistryAccepts() throws IOException {
        String article = "MOSCOW, March 3, 2019 (TASS) - Russia and China will hold a summit next year.\n";
        Extraction extraction = new Extractor(Gazetteer.standard())
                .extract(tmp.resolve("a.txt"), article, Optional.empty(), Seeds.TODAY);
        Path file = write(extraction, "a.yaml");

        assertThat(Files.readString(file)).contains("due: \"2020\"  # review: \"next year\" read as 2020");
        assertThat(RegistryLoader.load(file).commitments().get(0).due().range()).isEqualTo("2020-01-01..2020-12-31");
    }

    @Test
    void anArticleWithoutCommitmentsGivesAValidEmptyDraft() throws IOException {
        String article = "MOSCOW, March 3, 2019 (TASS) - It snowed in Moscow.\n";
        Extraction extraction = new Extractor(Gazetteer.standard())
                .extract(tmp.resolve("b.txt"), article, Optional.empty(), Seeds.TODAY);

        assertThat(RegistryLoader.load(write(extraction, "b.yaml")).commitments()).isEmpty();
    }

    private Path write(Extraction extraction, String name) throws IOException {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            DraftWriter.write(extraction, "article.txt", out);
        }
        return Files.writeString(tmp.resolve(name), text.toString());
    }
}
