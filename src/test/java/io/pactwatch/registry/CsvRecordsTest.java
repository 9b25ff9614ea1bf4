package io.pactwatch.registry;

import io.pactwatch.registry.CsvRecords.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 4180's quoting, as spreadsheets write it; each row shown as {@code line:[cells]}. */
class CsvRecordsTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain cells", "a,b,c\n", List.of("1:[a, b, c]")),
                Arguments.of("no line break at the end", "a,b\nc,d", List.of("1:[a, b]", "2:[c, d]")),
                Arguments.of("CRLF line breaks", "a,b\r\nc,d\r\n", List.of("1:[a, b]", "2:[c, d]")),
                Arguments.of("empty cells and a trailing comma", "a,,c,\n", List.of("1:[a, , c, ]")),
                Arguments.of("a comma inside quotes", "\"a,b\",c\n", List.of("1:[a,b, c]")),
                Arguments.of("doubled quotes", "\"he said \"\"hi\"\"\",x\n", List.of("1:[he said \"hi\", x]")),
                Arguments.of("an empty quoted cell", "\"\",x\n", List.of("1:[, x]")),
                Arguments.of("only a doubled quote", "\"\"\"\"\n", List.of("1:[\"]")),
                Arguments.of("line breaks inside quotes keep the next record's line", "\"one\ntwo\r\nthree\",x\ny,z\n",
                        List.of("1:[one\ntwo\r\nthree, x]", "4:[y, z]")),
                Arguments.of("a blank line is a record of one empty cell", "a\n\nb\n", List.of("1:[a]", "2:[]", "3:[b]")),
                Arguments.of("a lone quote inside an unquoted cell stays", "5\" screen,x\n", List.of("1:[5\" screen, x]")),
                Arguments.of("spaces are kept", " a , b \n", List.of("1:[ a ,  b ]")),
                Arguments.of("non-ASCII text", "Türkiye,Россия\n", List.of("1:[Türkiye, Россия]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void splitsTextIntoRecordsWithTheLineEachStartsOn(String what, String text, List<String> expected) throws IOException {
        CsvRecords csv = new CsvRecords(new StringReader(text));
        List<String> rows = new ArrayList<>();
        for (Row row = csv.next(); row != null; row = csv.next()) {
            rows.add(row.line() + ":" + (row.cells().equals(List.of("")) ? "[]" : row.cells().toString()));
        }

        assertThat(rows).containsExactlyElementsOf(expected);
    }
}
