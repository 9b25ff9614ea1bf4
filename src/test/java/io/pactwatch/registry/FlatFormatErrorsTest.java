package io.pactwatch.registry;

import io.pactwatch.model.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem in a JSON Lines or CSV registry names the file, the line its entry starts on, and the key. */
class FlatFormatErrorsTest {

    private static final String COMMITMENT = "{\"id\": \"ru-tr-cyber-conference\", \"title\": \"Cyber conference\","
            + " \"kind\": \"event\", \"parties\": [\"Russia\", \"Turkey\"], \"due\": \"first half of 2019\","
            + " \"tentative\": true, \"source\": {\"title\": \"Example\", \"published\": \"2018-11-23\"}}";
    private static final String JSONL = "{\"id\": \"other\", \"title\": \"Other\", \"kind\": \"plan\", \"parties\": \"Iran\","
            + " \"announced\": \"2012-01-01\"}\n"
            + COMMITMENT + "\n"
            + "\n"
            + "{\"commitment\": \"ru-tr-cyber-conference\", \"date\": \"2019-02-10\", \"kind\": \"confirmed\"}\n";

    private static final String CSV = """
            id,title,kind,parties,due,tentative,source.published
            other,"Other, longer title",plan,Iran,,,2012-01-01
            ru-tr-cyber-conference,Cyber conference,event,Russia;Turkey,first half of 2019,true,2018-11-23
            """;
    private static final String PROGRESS_CSV = """
            commitment,date,kind,note
            ru-tr-cyber-conference,2019-02-10,confirmed,"Dates
            fixed"
            ru-tr-cyber-conference,2019-03-10,held,
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> badJsonLines() {
        return Stream.of(
                Arguments.of("malformed JSON", JSONL.replace(COMMITMENT, "{\"id\": \"x\","),
                        "a.jsonl:2: malformed JSON at column"),
                Arguments.of("not an object", JSONL.replace(COMMITMENT, "[\"x\"]"),
                        "a.jsonl:2: each line must be one JSON object"),
                Arguments.of("two objects on a line", JSONL.replace(COMMITMENT, COMMITMENT + " {}"),
                        "a.jsonl:2: more than one JSON value on the line"),
                Arguments.of("unknown key with a hint", JSONL.replace("\"tentative\"", "\"tentativ\""),
                        "a.jsonl:2: unknown key \"tentativ\" (did you mean \"tentative\"?); allowed here: id, title,"),
                Arguments.of("unknown progress key with a hint", JSONL.replace("\"kind\": \"confirmed\"",
                                "\"kind\": \"confirmed\", \"notes\": \"x\""),
                        "a.jsonl:4: unknown key \"notes\" (did you mean \"note\"?); allowed here: commitment, date, kind, note"),
                Arguments.of("duplicate key", JSONL.replace("\"tentative\": true", "\"tentative\": true, \"kind\": \"plan\""),
                        "a.jsonl:2: duplicate key \"kind\""),
                Arguments.of("unknown kind with a hint", JSONL.replace("\"kind\": \"event\"", "\"kind\": \"evnt\""),
                        "a.jsonl:2: unknown kind \"evnt\" (did you mean \"event\"?); one of: event, plan,"),
                Arguments.of("unreadable period", JSONL.replace("first half of 2019", "soonish"),
                        "a.jsonl:2: cannot read \"soonish\" as a period"),
                Arguments.of("missing title", JSONL.replace("\"title\": \"Cyber conference\",", ""),
                        "a.jsonl:2: missing required key \"title\""),
                Arguments.of("empty parties", JSONL.replace("[\"Russia\", \"Turkey\"]", "[]"),
                        "a.jsonl:2: missing required key \"parties\""),
                Arguments.of("list for a single value", JSONL.replace("\"Cyber conference\"", "[\"a\", \"b\"]"),
                        "a.jsonl:2: \"title\" must be a single value, not a list"),
                Arguments.of("object for a value", JSONL.replace("\"kind\": \"event\"", "\"kind\": {}"),
                        "a.jsonl:2: \"kind\" must be a single value or a list, not an object"),
                Arguments.of("nested list", JSONL.replace("[\"Russia\", \"Turkey\"]", "[[\"Russia\"]]"),
                        "a.jsonl:2: \"parties\" must be a list of names"),
                Arguments.of("invalid id", JSONL.replace("\"id\": \"ru-tr-cyber-conference\"", "\"id\": \"Cyber_Conf\""),
                        "a.jsonl:2: invalid id \"Cyber_Conf\""),
                Arguments.of("bad boolean", JSONL.replace("\"tentative\": true", "\"tentative\": \"maybe\""),
                        "a.jsonl:2: \"tentative\" must be true or false, got \"maybe\""),
                Arguments.of("bad date", JSONL.replace("2019-02-10", "10/02/2019"),
                        "a.jsonl:4: \"date\" must be a date written YYYY-MM-DD, got \"10/02/2019\""),
                Arguments.of("source not an object", JSONL.replace("{\"title\": \"Example\", \"published\": \"2018-11-23\"}",
                                "\"Example\""),
                        "a.jsonl:2: \"source\" must be an object"),
                Arguments.of("unknown source key", JSONL.replace("\"published\"", "\"publised\""),
                        "a.jsonl:2: unknown key \"publised\" (did you mean \"published\"?)"),
                Arguments.of("no announcement date", JSONL.replace(", \"published\": \"2018-11-23\"", ""),
                        "a.jsonl:2: no announcement date"),
                Arguments.of("dangling progress", JSONL.replace("\"commitment\": \"ru-tr-cyber-conference\"",
                                "\"commitment\": \"ru-tr-cyber-conferense\""),
                        "a.jsonl:4: no commitment has the id \"ru-tr-cyber-conferense\" (did you mean \"ru-tr-cyber-conference\"?)"),
                Arguments.of("dangling depends-on", JSONL.replace("\"tentative\": true", "\"depends-on\": \"visa-talks\""),
                        "a.jsonl:2: depends-on: no commitment has the id \"visa-talks\""),
                Arguments.of("progress before announcement", JSONL.replace("2019-02-10", "2018-11-01"),
                        "a.jsonl:4: progress dated 2018-11-01 is before \"ru-tr-cyber-conference\" was announced"),
                Arguments.of("empty file", "\n\n", "a.jsonl:1: the file is empty"));
    }

    static Stream<Arguments> badCsv() {
        return Stream.of(
                Arguments.of("unknown column with a hint", CSV.replace("tentative", "tentativ"), "",
                        "a.csv:1: unknown column \"tentativ\" (did you mean \"tentative\"?); allowed here: id, title,"),
                Arguments.of("duplicate column", CSV.replace("due,", "kind,"), "",
                        "a.csv:1: duplicate column \"kind\" (columns 3 and 5)"),
                Arguments.of("header of neither kind", "title,kind\nx,event\n", "",
                        "a.csv:1: the header row must name an \"id\" column (a file of commitments) or a \"commitment\" column"),
                Arguments.of("header of both kinds", "id,commitment\nx,y\n", "",
                        "a.csv:1: the header names both \"id\" (commitments) and \"commitment\" (progress)"),
                Arguments.of("unknown kind with a hint", CSV.replace(",event,", ",evnt,"), "",
                        "a.csv:3: unknown kind \"evnt\" (did you mean \"event\"?)"),
                Arguments.of("unreadable period", CSV.replace("first half of 2019", "soonish"), "",
                        "a.csv:3: cannot read \"soonish\" as a period"),
                Arguments.of("blank required cell", CSV.replace(",Cyber conference,", ",,"), "",
                        "a.csv:3: missing required key \"title\""),
                Arguments.of("list cell of separators only", CSV.replace("Russia;Turkey", ";"), "",
                        "a.csv:3: missing required key \"parties\""),
                Arguments.of("unquoted comma makes a cell too many", CSV.replace("Cyber conference", "Cyber, conference"), "",
                        "a.csv:3: the row has 8 cells but the header names 7 columns; quote a cell that contains a comma"),
                Arguments.of("value under an unnamed column", CSV.replace("source.published\n", "source.published,\n")
                                .replace("2018-11-23\n", "2018-11-23,oops\n"), "",
                        "a.csv:3: a value in column 8, which has no name in the header row"),
                Arguments.of("quoted cell never closed", CSV.replace("Cyber conference", "\"Cyber conference"), "",
                        "a.csv:3: malformed CSV: a quoted cell opened on this line is never closed"),
                Arguments.of("text after a closing quote", CSV.replace("Cyber conference", "\"Cyber\" conference"), "",
                        "a.csv:3: malformed CSV: unexpected text after the closing quote of a quoted cell"),
                Arguments.of("bad boolean", CSV.replace(",true,", ",yes,"), "",
                        "a.csv:3: \"tentative\" must be true or false, got \"yes\""),
                Arguments.of("bad progress date after a multi-line cell", CSV, PROGRESS_CSV.replace("2019-03-10", "10/03/2019"),
                        "b.csv:4: \"date\" must be a date written YYYY-MM-DD, got \"10/03/2019\""),
                Arguments.of("dangling progress", CSV, PROGRESS_CSV.replace("ru-tr-cyber-conference,2019-03-10",
                                "ru-tr-cyber-conferense,2019-03-10"),
                        "b.csv:4: no commitment has the id \"ru-tr-cyber-conferense\" (did you mean \"ru-tr-cyber-conference\"?)"),
                Arguments.of("unknown progress kind", CSV, PROGRESS_CSV.replace(",held,", ",hled,"),
                        "b.csv:4: unknown kind \"hled\" (did you mean \"held\"?)"),
                Arguments.of("empty file", "", "", "a.csv:1: the file is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badJsonLines")
    void jsonLinesProblemsNameFileLineAndKey(String what, String jsonl, String expected) throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), jsonl);

        assertThat(problems()).anySatisfy(line -> assertProblem(line, expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCsv")
    void csvProblemsNameFileLineAndColumn(String what, String commitments, String progress, String expected)
            throws IOException {
        Files.writeString(dir.resolve("a.csv"), commitments);
        if (!progress.isEmpty()) {
            Files.writeString(dir.resolve("b.csv"), progress);
        }

        assertThat(problems()).anySatisfy(line -> assertProblem(line, expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void theValidFilesTheTablesStartFromHaveNoProblem(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        if (name.endsWith(".csv")) {
            Files.writeString(dir.resolve("b.csv"), PROGRESS_CSV);
        }

        assertThat(problems()).isEmpty();
    }

    static Stream<Arguments> validFiles() {
        return Stream.of(Arguments.of("a.jsonl", JSONL), Arguments.of("a.csv", CSV));
    }

    @org.junit.jupiter.api.Test
    void aFileThatIsNotUtf8SaysToSaveItAsUtf8() throws IOException {
        Files.write(dir.resolve("a.csv"), new byte[] {'i', 'd', '\n', (byte) 0xE9, 't', 'e', '\n'});

        assertThat(problems()).containsExactly(dir.resolve("a.csv") + ": not UTF-8 text; save the file as UTF-8");
    }

    private List<String> problems() {
        return RegistryLoader.validate(List.of(dir)).stream().map(Problem::toString).toList();
    }

    private void assertProblem(String line, String expected) {
        String file = expected.substring(0, expected.indexOf(':'));
        assertThat(line).startsWith(dir.resolve(file) + ":").contains(expected.substring(expected.indexOf(':') + 1));
    }
}
