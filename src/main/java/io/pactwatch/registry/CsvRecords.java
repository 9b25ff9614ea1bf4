package io.pactwatch.registry;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 defines them: cells separated by commas, records by CRLF or LF; a
 * cell in double quotes may hold commas, line breaks and doubled quotes ({@code ""} for one {@code "}). Each
 * record carries the physical line it starts on, which a cell with line breaks makes differ from its number.
 *
 * <p>A reader of our own rather than a library: it is sixty lines, it knows the start line of every record
 * (which error messages need), and it adds no dependency. Lenient where spreadsheets are: a lone {@code "} inside
 * an unquoted cell is kept as text.
 */
final class CsvRecords {

    /** One record: its cells, unquoted, not trimmed. */
    record Row(int line, List<String> cells) {
    }

    /** The text is not CSV from {@code line} on; nothing after it can be read reliably. */
    static final class MalformedCsvException extends IOException {

        private final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    /** The line of the next character to read. */
    private int line = 1;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the text. */
    Row next() throws IOException {
        int start = line;
        int c = read();
        if (c == EOF) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        while (true) {
            StringBuilder cell = new StringBuilder();
            if (c == '"') {
                quoted(cell, line);
                c = read();
                if (!endsCell(c)) {
                    throw new MalformedCsvException(line, "unexpected text after the closing quote of a quoted cell;"
                            + " inside quotes, write a quote as two (\"\")");
                }
            } else {
                for (; !endsCell(c); c = read()) {
                    cell.append((char) c);
                }
            }
            cells.add(cell.toString());
            if (c != ',') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                return new Row(start, cells);
            }
            c = read();
        }
    }

    private void quoted(StringBuilder cell, int opened) throws IOException {
        for (int c = read(); ; c = read()) {
            if (c == EOF) {
                throw new MalformedCsvException(opened, "a quoted cell opened on this line is never closed;"
                        + " add the missing \" (inside quotes, write a quote as two: \"\")");
            }
            if (c == '"') {
                if (peek() != '"') {
                    return;
                }
                read();
            }
            cell.append((char) c);
        }
    }

    private static boolean endsCell(int c) {
        return c == ',' || c == '\n' || c == '\r' || c == EOF;
    }

    private int read() throws IOException {
        int c = peek();
        if (c != EOF) {
            position++;
            if (c == '\n') {
                line++;
            }
        }
        return c;
    }

    private int peek() throws IOException {
        if (position == limit) {
            limit = Math.max(0, in.read(buffer));
            position = 0;
            if (limit == 0) {
                return EOF;
            }
        }
        return buffer[position];
    }
}
