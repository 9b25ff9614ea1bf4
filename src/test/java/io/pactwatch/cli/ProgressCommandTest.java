package io.pactwatch.cli;

import io.pactwatch.app.TestHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code progress record|list|export|clear} end to end, in-process, on a home with its own copy of the shipped
 * registry and the embedded H2 database, and what {@code evaluate}, {@code --explain} and {@code commitments list}
 * then show.
 */
class ProgressCommandTest {

    static final String CONFERENCE = "ru-tr-cyber-conference";

    @TempDir
    Path home;

    @BeforeEach
    void home() throws IOException {
        TestHome.create(home);
    }

    private Cli.Result run(String... args) {
        return Cli.runIn(home, args);
    }

    private Cli.Result record() {
        return run("progress", "record", CONFERENCE, "--kind", "held", "--on", "2019-04-15", "--note", "held in Ankara",
                "--by", "ana");
    }

    @Test
    void progressRecordedOnTheCommandLineIsCountedByEvaluateAndShownWithWhoRecordedIt() {
        assertThat(run("evaluate", "--as-of", "2019-05-01").out()).contains("tentative-unconfirmed");

        Cli.Result recorded = record();

        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        assertThat(recorded.out()).contains("progress 1: ru-tr-cyber-conference held on 2019-04-15, recorded by ana (cli)");
        Cli.Result evaluate = run("evaluate", "--as-of", "2019-05-01");
        assertThat(evaluate.out()).doesNotContain(CONFERENCE).contains("33 alerts as of 2019-05-01");
        assertThat(run("evaluate", "--as-of", "2019-05-01", "--explain", CONFERENCE).out())
                .contains("progress: 2019-04-15 held (recorded by ana (cli) at 2019-05-01T07:00:00Z)");
        assertThat(run("commitments", "list").out())
                .containsPattern(CONFERENCE + " .*International conference.* 2019-04-15 held \\(recorded by ana\\)");
        List<Map<String, Object>> json = run("commitments", "list", "--format", "json").json();
        assertThat(json).filteredOn(c -> c.get("id").equals(CONFERENCE)).singleElement()
                .satisfies(c -> assertThat(c.get("progress")).asList().singleElement().isEqualTo(Map.of(
                        "date", "2019-04-15", "kind", "held", "note", "held in Ankara", "origin", "cli", "by", "ana",
                        "recordedAt", "2019-05-01T07:00:00Z", "id", 1)));
        assertThat(run("progress", "list", CONFERENCE).out()).contains("2019-04-15", "held", "recorded by ana (cli)",
                "held in Ankara");
    }

    @Test
    void badProgressIsRefusedWithTheRegistrysMessageAndNoStackTrace() {
        Cli.Result kind = run("progress", "record", CONFERENCE, "--kind", "hled", "--on", "2019-04-15");
        Cli.Result early = run("progress", "record", CONFERENCE, "--kind", "held", "--on", "2018-01-01");

        assertThat(kind.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(kind.err()).contains("progress: unknown kind \"hled\" (did you mean \"held\"?)")
                .doesNotContain("Exception", "\tat ");
        assertThat(early.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(early.err()).contains("is before \"ru-tr-cyber-conference\" was announced (2018-11-23)")
                .doesNotContain("Exception");
        assertThat(run("progress", "export").out()).contains("progress: []");
    }

    @Test
    void exportedProgressFoldedIntoTheRegistryIsCountedOnceAndCanThenBeCleared() throws IOException {
        record();
        run("progress", "record", CONFERENCE, "--kind", "confirmed", "--on", "2019-03-01", "--by", "ben");
        Path exported = home.resolve("exported.yaml");

        Cli.Result export = run("progress", "export", "--out", exported.toString());
        Cli.Result tooEarly = run("progress", "clear", "--through", "2");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(exported)).contains("progress clear --through 2", "- commitment: " + CONFERENCE,
                "kind: held", "note: \"held in Ankara\"", "date: 2019-03-01");
        assertThat(tooEarly.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(tooEarly.err()).contains("not in the registry files yet", "1 (ru-tr-cyber-conference held 2019-04-15)");

        Files.move(exported, home.resolve("commitments/2019-05-01-progress.yaml"));
        assertThat(run("commitments", "validate").out()).contains("no problems");
        assertThat(run("commitments", "list").out()).containsPattern(CONFERENCE + " .* 2019-04-15 held \\(registry\\)");
        Cli.Result evaluated = run("evaluate", "--as-of", "2019-05-01");

        Cli.Result cleared = run("progress", "clear", "--through", "2");

        assertThat(cleared.exitCode()).as(cleared.err()).isZero();
        assertThat(cleared.out()).contains("cleared 2 stored progress entries");
        assertThat(run("evaluate", "--as-of", "2019-05-01").out()).isEqualTo(evaluated.out());
        assertThat(run("progress", "list", CONFERENCE).out()).contains("registry file").doesNotContain("recorded by");
    }
}
