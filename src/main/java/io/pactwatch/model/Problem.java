package io.pactwatch.model;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with an input file, printed as {@code file:line[:column]: message}, the form editors and
 * CI annotations understand. Line and column are 1-based; 0 means unknown.
 */
public record Problem(Path file, int line, int column, String message) {

    public static final Comparator<Problem> FILE_ORDER = Comparator
            .comparing((Problem p) -> String.valueOf(p.file()))
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    public static Problem at(Path file, int line, String message) {
        return new Problem(file, line, 0, message);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        // One line, whatever a file name or a quoted value holds: a line break would forge a problem of its own.
        return PlainText.neutral(where.append(": ").append(message).toString());
    }
}
