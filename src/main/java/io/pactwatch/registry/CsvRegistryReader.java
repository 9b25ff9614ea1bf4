package io.pactwatch.registry;

import io.pactwatch.model.Problem;
import io.pactwatch.registry.CsvRecords.MalformedCsvException;
import io.pactwatch.registry.CsvRecords.Row;
import io.pactwatch.registry.RegistryFileReader.Contents;
import io.pactwatch.yaml.Keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a registry file in CSV, as a coordinator exports a spreadsheet: a header row naming the columns with the
 * YAML registry's keys, then one entry per row. A header with an {@code id} column makes a file of commitments
 * (whose article may be given in {@code source.title}, {@code source.publisher}, {@code source.published}); one
 * with a {@code commitment} column, a file of progress. Blank cells are absent values; a list cell
 * ({@link Fields#LISTS}) separates its items with {@code ;}. UTF-8, with or without a byte-order mark.
 */
final class CsvRegistryReader {

    private static final String SOURCE_PREFIX = "source.";
    private static final Set<String> COMMITMENT_COLUMNS = Keys.ordered(Stream.concat(Fields.COMMITMENT.stream(),
            Fields.SOURCE.stream().map(key -> SOURCE_PREFIX + key)).toArray(String[]::new));
    private static final String LIST_SEPARATOR = ";";

    /** The header: a name per column, "" for an unnamed one, null for one that is ignored (unknown, repeated). */
    private record Columns(boolean progress, String[] names) {
    }

    private final FlatContents contents;

    private CsvRegistryReader(FlatContents contents) {
        this.contents = contents;
    }

    /** @param content the bytes of {@code file} */
    static Contents read(Path file, byte[] content, List<Problem> problems, Canonical shared) {
        return FlatContents.read(file, content, problems, shared, contents -> new CsvRegistryReader(contents)::rows);
    }

    private void rows(BufferedReader in) throws IOException {
        CsvRecords csv = new CsvRecords(in);
        try {
            Row header = csv.next();
            while (header != null && blank(header.cells())) {
                header = csv.next();
            }
            if (header == null) {
                contents.problem(1, "the file is empty; the first row must name the columns");
                return;
            }
            Columns columns = columns(header);
            if (columns == null) {
                return;
            }
            for (Row row = csv.next(); row != null; row = csv.next()) {
                if (!blank(row.cells())) {
                    row(columns, row);
                }
            }
        } catch (MalformedCsvException e) {
            contents.problem(e.line(), "malformed CSV: " + e.getMessage());
        }
    }

    /** The header's columns, or null (with a problem) when it names neither kind of file. */
    private Columns columns(Row header) {
        List<String> names = header.cells().stream().map(String::strip).toList();
        if (!names.isEmpty() && names.get(0).startsWith(String.valueOf(FlatContents.BOM))) {
            names = Stream.concat(Stream.of(names.get(0).substring(1).strip()), names.stream().skip(1)).toList();
        }
        boolean commitments = names.contains("id");
        boolean progress = names.contains("commitment");
        if (commitments == progress) {
            contents.problem(header.line(), commitments
                    ? "the header names both \"id\" (commitments) and \"commitment\" (progress): put progress in a file of its own"
                    : "the header row must name an \"id\" column (a file of commitments) or a \"commitment\" column"
                            + " (a file of progress); it names: " + String.join(", ", names));
            return null;
        }
        Set<String> allowed = progress ? Fields.PROGRESS : COMMITMENT_COLUMNS;
        String[] kept = new String[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int first = names.indexOf(name);
            if (name.isEmpty()) {
                kept[i] = "";
            } else if (!allowed.contains(name)) {
                contents.problem(header.line(), FlatContents.unknown("column", name, allowed));
            } else if (first < i) {
                contents.problem(header.line(), "duplicate column \"" + name + "\" (columns " + (first + 1)
                        + " and " + (i + 1) + ")");
            } else {
                kept[i] = name;
            }
        }
        return new Columns(progress, kept);
    }

    private void row(Columns columns, Row row) {
        String[] names = columns.names();
        List<String> cells = row.cells();
        Map<String, Object> values = new HashMap<>();
        Map<String, Object> source = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isBlank()) {
                continue;
            }
            if (i >= names.length) {
                contents.problem(row.line(), "the row has " + cells.size() + " cells but the header names "
                        + names.length + " columns; quote a cell that contains a comma");
                return;
            }
            String name = names[i];
            if (name == null) {
                continue;
            }
            if (name.isEmpty()) {
                contents.problem(row.line(), "a value in column " + (i + 1) + ", which has no name in the header row");
                return;
            }
            Object value = Fields.LISTS.contains(name) ? items(cell) : cell;
            if (name.startsWith(SOURCE_PREFIX)) {
                source.put(name.substring(SOURCE_PREFIX.length()), value);
            } else {
                values.put(name, value);
            }
        }
        if (columns.progress()) {
            contents.progress(row.line(), values);
        } else {
            contents.commitment(row.line(), values, source.isEmpty() ? null : contents.source(row.line(), source));
        }
    }

    private static List<String> items(String cell) {
        return Arrays.stream(cell.split(LIST_SEPARATOR)).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
