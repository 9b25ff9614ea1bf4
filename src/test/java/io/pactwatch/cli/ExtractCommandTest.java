package io.pactwatch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    private static final Path CYBER_ARTICLE = Path.of("src/test/resources/extract/seeds/000_3a2aeb5421598892.txt");

    @TempDir
    Path tmp;

    @Test
    void printsADraftThatValidatesAsItIs() throws IOException {
        Cli.Result result = Cli.run("extract", CYBER_ARTICLE.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("published: 2018-11-23  # review: the dateline gives no year",
                "due: \"the first half of 2019\"", "tentative: true", "status: proposed");
        Path draft = Files.writeString(tmp.resolve("draft.yaml"), result.out());
        assertThat(Cli.run("commitments", "validate", draft.toString()).out())
                .isEqualTo("ok: " + drafts(result.out()) + " commitments, no problems\n");
    }

    @Test
    void writesTheDraftToTheOutFileAndSaysWhatToDoNext() throws IOException {
        Path out = tmp.resolve("cyber.yaml");

        Cli.Result result = Cli.run("extract", CYBER_ARTICLE.toString(), "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("wrote " + drafts(Files.readString(out)) + " draft commitments to " + out,
                "pactwatch commitments validate " + out);
        assertThat(Cli.run("commitments", "validate", out.toString()).exitCode()).isZero();
        assertThat(tmp.toFile().list()).containsExactly("cyber.yaml");
    }

    @Test
    void neverOverwritesAnExistingFile() throws IOException {
        Path out = Files.writeString(tmp.resolve("mine.yaml"), "reviewed work\n");

        Cli.Result result = Cli.run("extract", CYBER_ARTICLE.toString(), "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains(out + ": already exists");
        assertThat(Files.readString(out)).isEqualTo("reviewed work\n");
    }

    @Test
    void publishedOverridesTheDateReadFromTheText() {
        Cli.Result result = Cli.run("extract", CYBER_ARTICLE.toString(), "--published", "2018-11-24");

        assertThat(result.out()).contains("published: 2018-11-24  # review: given with --published");
    }

    @Test
    void anArticleWithoutADatelineNeedsPublished() throws IOException {
        Path article = Files.writeString(tmp.resolve("a.txt"), "Russia and Iran will hold talks next year.\n");

        Cli.Result refused = Cli.run("extract", article.toString());
        Cli.Result dated = Cli.run("extract", article.toString(), "--published", "2019-03-01");

        assertThat(refused.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains(article + ": no dateline with a date found", "--published YYYY-MM-DD");
        assertThat(dated.exitCode()).isZero();
        assertThat(dated.out()).contains("due: \"2020\"");
    }

    @Test
    void aMissingOrUnreadableArticleIsBadInput() throws IOException {
        Path latin1 = Files.write(tmp.resolve("latin1.txt"), new byte[] {'M', (byte) 0xE9, 'x'});

        assertThat(Cli.run("extract", tmp.resolve("none.txt").toString()).err()).contains("none.txt: cannot read the article");
        assertThat(Cli.run("extract", latin1.toString()).err()).contains("latin1.txt: not UTF-8 text");
        assertThat(Cli.run("extract", latin1.toString()).exitCode()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void scoreMeasuresTheDraftsAgainstGoldFiles() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "Ghana and Togo to hold talks\n\nACCRA, May 10, 2016 (GNA) - Ghana and Togo "
                + "will hold talks on fishing in 2017. The two countries agreed to exchange data on smuggling.\n");
        Files.writeString(tmp.resolve("a.gold.yaml"), """
                article: a.txt
                published: 2016-05-10
                commitments:
                  - kind: event
                    parties: [Ghana, Togo]
                    due: 2017-01-01..2017-12-31
                    tentative: false
                  - kind: operation
                    parties: [Ghana, Togo]
                    due: ~
                    tentative: false
                """);

        Cli.Result result = Cli.run("extract", "--score", tmp.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("articles 1, gold commitments 2, drafts 2, matched 1",
                "precision 1/2 = 0.50  recall 1/2 = 0.50", "article date right (or rightly refused) 1/1",
                "a.gold.yaml", "missed: operation", "extra: exchange");
    }

    @Test
    void aWrongGoldFileIsNamedWithItsLine() throws IOException {
        Files.writeString(tmp.resolve("b.gold.yaml"), "article: none.txt\npublished: 2016-05-10\ncommitments:\n"
                + "  - kind: promise\n    parties: [Ghana]\n");

        Cli.Result result = Cli.run("extract", "--score", tmp.toString());

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("b.gold.yaml:1", "no article at", "b.gold.yaml:4", "unknown kind \"promise\"");
    }

    private static long drafts(String yaml) {
        return yaml.lines().filter(l -> l.startsWith("  - id: ")).count();
    }
}
