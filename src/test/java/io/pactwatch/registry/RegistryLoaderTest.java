package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryLoaderTest {

    private static final String VALID = """
            source:
              title: Example
              published: 2018-11-23
            commitments:
              - id: ru-tr-cyber-conference
                title: International conference on threats from cyberspace
                kind: event
                parties: [Russia, Turkey]
                due: first half of 2019
                tentative: true
            progress:
              - commitment: ru-tr-cyber-conference
                date: 2019-02-10
                kind: confirmed
                note: Dates fixed
            """;

    @TempDir
    Path dir;

    @Test
    void loadsAValidFileWithDefaultsFromItsSource() throws IOException {
        write("a.yaml", VALID);

        Registry registry = RegistryLoader.load(dir);

        Commitment c = registry.commitment("ru-tr-cyber-conference").orElseThrow();
        assertThat(c.kind()).isEqualTo(Kind.EVENT);
        assertThat(c.status()).isEqualTo(Status.PLANNED);
        assertThat(c.announced()).isEqualTo(LocalDate.of(2018, 11, 23));
        assertThat(c.due().range()).isEqualTo("2019-01-01..2019-06-30");
        assertThat(c.tentative()).isTrue();
        assertThat(c.source().title()).isEqualTo("Example");
        assertThat(registry.progressOf("ru-tr-cyber-conference")).hasSize(1);
    }

    @Test
    void aPartyNamedNoStaysNorwayInsteadOfBecomingFalse() throws IOException {
        write("a.yaml", """
                commitments:
                  - id: no-se-fisheries
                    title: Fisheries talks
                    kind: event
                    parties: [NO, SE, yes]
                    announced: 2020-01-01
                """);

        assertThat(RegistryLoader.load(dir).commitments().get(0).parties()).containsExactly("NO", "SE", "yes");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedButTheReplacementCharacterItselfIsText() throws IOException {
        Files.write(dir.resolve("a.yaml"), VALID.replace("Turkey", "T\u00fcrkiye").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(lines(RegistryLoader.validate(List.of(dir))))
                .containsExactly(dir.resolve("a.yaml") + ": not UTF-8 text; save the file as UTF-8");

        write("a.yaml", VALID.replace("Turkey", "Turkey \uFFFD"));
        assertThat(RegistryLoader.load(dir).commitments().get(0).parties()).containsExactly("Russia", "Turkey \uFFFD");
    }

    @Test
    void anAliasReadsWhatItsAnchorNamed() throws IOException {
        write("a.yaml", VALID.replace("parties: [Russia, Turkey]", "parties: &both [Russia, Turkey]")
                .replace("    tentative: true\n",
                        "    tentative: true\n  - id: second\n    title: Second\n    kind: plan\n    parties: *both\n"));

        assertThat(RegistryLoader.load(dir).commitment("second")).get().extracting(Commitment::parties)
                .isEqualTo(List.of("Russia", "Turkey"));
    }

    static Stream<Arguments> badRegistries() {
        return Stream.of(
                Arguments.of("malformed YAML", """
                        commitments:
                          - id: a
                            title: [unclosed
                        """, "a.yaml:4:1: malformed YAML"),
                Arguments.of("undefined alias", VALID.replace("parties: [Russia, Turkey]", "parties: *both"),
                        "a.yaml:8:14: malformed YAML: found undefined alias both"),
                Arguments.of("unknown key with a hint", VALID.replace("tentative: true", "tentativ: true"),
                        "a.yaml:10: unknown key \"tentativ\" (did you mean \"tentative\"?)"),
                Arguments.of("unknown kind with a hint", VALID.replace("kind: event", "kind: evnt"),
                        "a.yaml:7: unknown kind \"evnt\" (did you mean \"event\"?); one of: event, plan, agreement,"),
                Arguments.of("unknown status", VALID.replace("tentative: true", "status: done"),
                        "a.yaml:10: unknown status \"done\""),
                Arguments.of("unknown progress kind", VALID.replace("kind: confirmed", "kind: confrimed"),
                        "a.yaml:14: unknown kind \"confrimed\" (did you mean \"confirmed\"?)"),
                Arguments.of("unreadable period", VALID.replace("first half of 2019", "soonish"),
                        "a.yaml:9: cannot read \"soonish\" as a period"),
                Arguments.of("end before start", VALID.replace("first half of 2019", "2014-2012"),
                        "a.yaml:9: \"2014-2012\" is not a valid period: it ends (2012-12-31) before it starts"),
                Arguments.of("missing title", VALID.replace("    title: International conference on threats from cyberspace\n", ""),
                        "a.yaml:5: missing required key \"title\""),
                Arguments.of("no parties", VALID.replace("parties: [Russia, Turkey]", "parties: []"),
                        "a.yaml:8: missing required key \"parties\""),
                Arguments.of("invalid id", VALID.replace("- id: ru-tr-cyber-conference", "- id: Cyber_Conf"),
                        "a.yaml:5: invalid id \"Cyber_Conf\""),
                Arguments.of("dangling progress", VALID.replace("- commitment: ru-tr-cyber-conference", "- commitment: ru-tr-cyber-conferense"),
                        "a.yaml:12: no commitment has the id \"ru-tr-cyber-conferense\" (did you mean \"ru-tr-cyber-conference\"?)"),
                Arguments.of("dangling depends-on", VALID.replace("tentative: true", "depends-on: [visa-talks]"),
                        "a.yaml:10: depends-on: no commitment has the id \"visa-talks\""),
                Arguments.of("dangling supersedes", VALID.replace("tentative: true", "supersedes: old-plan"),
                        "a.yaml:10: supersedes: no commitment has the id \"old-plan\""),
                Arguments.of("self reference", VALID.replace("tentative: true", "supersedes: [ru-tr-cyber-conference]"),
                        "a.yaml:10: \"ru-tr-cyber-conference\" cannot refer to itself"),
                Arguments.of("progress before announcement", VALID.replace("date: 2019-02-10", "date: 2018-11-01"),
                        "a.yaml:13: progress dated 2018-11-01 is before \"ru-tr-cyber-conference\" was announced (2018-11-23)"),
                Arguments.of("bad date", VALID.replace("date: 2019-02-10", "date: 10/02/2019"),
                        "a.yaml:13: \"date\" must be a date written YYYY-MM-DD, got \"10/02/2019\""),
                Arguments.of("bad boolean", VALID.replace("tentative: true", "tentative: maybe"),
                        "a.yaml:10: \"tentative\" must be true or false, got \"maybe\""),
                Arguments.of("bad coordinator", VALID.replace("tentative: true", "coordinator: [ops@example.org, nobody]"),
                        "a.yaml:10: \"nobody\" is not an email address Pactwatch can send to: it has no @"),
                Arguments.of("coordinator with a leading dot", VALID.replace("tentative: true", "coordinator: .a@example.org"),
                        "a.yaml:10: \".a@example.org\" is not an email address Pactwatch can send to: the part before"
                                + " the @ may not start or end with a dot"),
                Arguments.of("coordinator of 300 characters", VALID.replace("tentative: true", "coordinator: "
                                + "a".repeat(60) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60)
                                + "." + "e".repeat(52) + ".org"),
                        "a.yaml:10: \"" + "a".repeat(60) + "@" + "b".repeat(19) + "...\" is not an email address"
                                + " Pactwatch can send to: it is 300 characters long, and an address has at most 254"),
                Arguments.of("duplicate key", VALID.replace("tentative: true", "tentative: true\n    kind: plan"),
                        "a.yaml:11: duplicate key \"kind\" (first given at line 7)"),
                Arguments.of("no announcement date", VALID.replace("  published: 2018-11-23\n", ""),
                        "a.yaml:4: no announcement date: give \"announced\" or the file's \"source.published\""),
                Arguments.of("unreadable recurrence", VALID.replace("tentative: true", "recurs: regularly"),
                        "a.yaml:10: cannot read \"regularly\" as a recurrence"),
                Arguments.of("not a mapping", "- just\n- a list\n", "a.yaml:1: the file must be a mapping"),
                Arguments.of("commitments not a list", "commitments: nothing\n",
                        "a.yaml:1: \"commitments\" must be a list"),
                Arguments.of("empty file", "", "a.yaml:1: the file is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistries")
    void rejectsBadInputNamingFileLineAndProblem(String what, String yaml, String expected) throws IOException {
        write("a.yaml", yaml);

        assertThatThrownBy(() -> RegistryLoader.load(dir))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(lines(((InvalidInputException) e).problems()))
                        .anySatisfy(line -> assertThat(line).startsWith(dir.resolve(expected.split(":")[0]) + ":")
                                .contains(expected.substring(expected.indexOf(':') + 1)))
                );
    }

    @Test
    void duplicateIdsAcrossFilesNameBothPlaces() throws IOException {
        write("a.yaml", VALID);
        write("b.yaml", VALID.replace("first half of 2019", "2019"));

        List<Problem> problems = RegistryLoader.validate(List.of(dir));

        assertThat(lines(problems)).contains(dir.resolve("b.yaml") + ":5: duplicate id \"ru-tr-cyber-conference\": "
                + "already declared at " + dir.resolve("a.yaml") + ":5");
    }

    @Test
    void reportsEveryProblemOfEveryFileAtOnceWithoutEchoesOfTheFirst() throws IOException {
        write("a.yaml", VALID.replace("kind: event", "kind: evnt"));
        write("b.yaml", VALID.replace("ru-tr-cyber-conference", "other").replace("2019-02-10", "2017-01-01"));

        List<Problem> problems = RegistryLoader.validate(List.of(dir));

        assertThat(problems).extracting(p -> p.file().getFileName() + ":" + p.line()).containsExactly("a.yaml:7", "b.yaml:13");
        assertThat(problems.get(0).message()).startsWith("unknown kind \"evnt\"");
        assertThat(problems.get(1).message()).startsWith("progress dated 2017-01-01 is before \"other\" was announced");
    }

    @Test
    void filesReadInParallelGiveTheirEntriesInFileOrderAndEveryProblem() throws IOException {
        List<String> ids = IntStream.range(0, 24).mapToObj(i -> "c%02d".formatted(i)).toList();
        for (String id : ids) {
            write(id + ".yaml", VALID.replace("ru-tr-cyber-conference", id));
        }
        write("c05.yaml", VALID.replace("ru-tr-cyber-conference", "c05").replace("kind: event", "kind: evnt"));
        write("c17.yaml", VALID.replace("ru-tr-cyber-conference", "c17").replace("2019-02-10", "2017-01-01"));

        assertThat(lines(RegistryLoader.validate(List.of(dir)))).containsExactly(
                dir.resolve("c05.yaml") + ":7: unknown kind \"evnt\" (did you mean \"event\"?); one of: event, plan, "
                        + "agreement, exchange, operation, body, other",
                dir.resolve("c17.yaml") + ":13: progress dated 2017-01-01 is before \"c17\" was announced "
                        + "(2018-11-23); fix the date or the announcement");
        write("c05.yaml", VALID.replace("ru-tr-cyber-conference", "c05"));
        write("c17.yaml", VALID.replace("ru-tr-cyber-conference", "c17"));
        assertThat(RegistryLoader.load(dir).commitments()).extracting(Commitment::id).containsExactlyElementsOf(ids);
    }

    @Test
    void aRegistryWithOneBadEntryIsRejectedWhole() throws IOException {
        write("a.yaml", VALID);
        write("b.yaml", VALID.replace("ru-tr-cyber-conference", "second").replace("kind: event", "kind: party"));

        assertThatThrownBy(() -> RegistryLoader.load(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("registry rejected, 1 problem:");
    }

    @Test
    void aMissingDirectoryIsAProblemNotACrash() {
        Path missing = dir.resolve("nowhere");

        assertThat(lines(RegistryLoader.validate(List.of(missing))))
                .containsExactly(missing + ": no such file or directory");
    }

    @Test
    void theShippedSeedRegistryIsValid() {
        Registry registry = RegistryLoader.load(Path.of("commitments"));

        assertThat(registry.commitments()).extracting(Commitment::id).contains(
                "ru-tr-cyber-conference", "ru-ir-joint-action-plan-2012-2014", "ru-ir-cross-border-protocol",
                "ru-tr-cooperation-council-meeting", "ru-tr-security-consultations",
                "tr-akkuyu-strategic-investment-status", "tr-tourist-safety-recommendations",
                "ru-us-2002-drug-control-agreement", "ru-us-new-drug-control-agreement",
                "csto-anti-drug-strategy-2021-2025", "csto-drug-coordinating-council");
    }

    @Test
    void asKnownOnADayLeavesOutLaterAnnouncementsAndProgress() throws IOException {
        write("a.yaml", VALID);

        Registry registry = RegistryLoader.load(dir);

        assertThat(registry.asKnownOn(LocalDate.of(2018, 11, 22)).commitments()).isEmpty();
        assertThat(registry.asKnownOn(LocalDate.of(2019, 2, 9)).progress()).isEmpty();
        assertThat(registry.asKnownOn(LocalDate.of(2019, 2, 10)).progress()).hasSize(1);
    }

    @Test
    void asKnownOnADayBeforeATerminationTheCommitmentIsStillInProgress() throws IOException {
        write("a.yaml", """
                commitments:
                  - id: old
                    title: Old agreement
                    kind: agreement
                    parties: [Russia, United States]
                    status: terminated
                    announced: 2002-01-01
                  - id: undated-end
                    title: Cancelled without a date
                    kind: event
                    parties: [Russia]
                    status: cancelled
                    announced: 2002-01-01
                progress:
                  - commitment: old
                    date: 2013-01-30
                    kind: terminated
                """);
        Registry registry = RegistryLoader.load(dir);

        assertThat(registry.asKnownOn(LocalDate.of(2013, 1, 29)).commitments()).extracting(Commitment::status)
                .containsExactly(Status.IN_PROGRESS, Status.CANCELLED);
        assertThat(registry.asKnownOn(LocalDate.of(2013, 1, 30)).commitments()).extracting(Commitment::status)
                .containsExactly(Status.TERMINATED, Status.CANCELLED);
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve(name), yaml);
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
