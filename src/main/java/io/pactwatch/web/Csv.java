package io.pactwatch.web;

import io.javalin.http.Context;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A table as CSV (RFC 4180 through Apache Commons CSV). Cells that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return; OWASP "CSV Injection") are prefixed with an apostrophe: titles and
 * quotes come from news articles.
 */
final class Csv {

    private Csv() {
    }

    static String of(List<String> columns, List<Map<String, Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(columns);
            for (Map<String, Object> row : rows) {
                printer.printRecord(columns.stream().map(c -> neutralise(row.get(c))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String neutralise(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static void send(Context ctx, String name, List<String> columns, List<Map<String, Object>> rows) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        ctx.result(of(columns, rows));
    }
}
