package io.pactwatch.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Labels;
import io.pactwatch.model.Progress;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes a loaded registry back out as JSON Lines or CSV, so tests can compare the formats on the same facts. */
public final class FlatExport {

    private static final List<String> SOURCE_COLUMNS = List.of("source.title", "source.publisher", "source.published");

    private FlatExport() {
    }

    /** One JSON Lines file: every commitment (with its source), then every progress entry. */
    public static void jsonLines(Registry registry, Path file) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(Files.newBufferedWriter(file))) {
            json.setRootValueSeparator(new SerializedString("\n"));
            for (Commitment c : registry.commitments()) {
                Map<String, Object> fields = fields(c);
                if (c.source() != null) {
                    Map<String, Object> source = new LinkedHashMap<>();
                    put(source, "title", c.source().title());
                    put(source, "publisher", c.source().publisher());
                    put(source, "published", c.source().published());
                    fields.put("source", source);
                }
                write(json, fields);
            }
            for (Progress p : registry.progress()) {
                write(json, fields(p));
            }
        }
    }

    /** Two CSV files, as a spreadsheet exports them: commitments (with their source's columns) and progress. */
    public static void csv(Registry registry, Path commitments, Path progress) throws IOException {
        List<String> columns = Stream.concat(Fields.COMMITMENT.stream(), SOURCE_COLUMNS.stream()).toList();
        try (Writer out = Files.newBufferedWriter(commitments)) {
            row(out, new ArrayList<Object>(columns));
            for (Commitment c : registry.commitments()) {
                Map<String, Object> fields = fields(c);
                if (c.source() != null) {
                    put(fields, "source.title", c.source().title());
                    put(fields, "source.publisher", c.source().publisher());
                    put(fields, "source.published", c.source().published());
                }
                row(out, columns.stream().map(fields::get).toList());
            }
        }
        try (Writer out = Files.newBufferedWriter(progress)) {
            row(out, new ArrayList<Object>(Fields.PROGRESS));
            for (Progress p : registry.progress()) {
                Map<String, Object> fields = fields(p);
                row(out, Fields.PROGRESS.stream().map(fields::get).toList());
            }
        }
    }

    private static Map<String, Object> fields(Commitment c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "id", c.id());
        put(fields, "title", c.title());
        put(fields, "kind", Labels.of(c.kind()));
        put(fields, "parties", c.parties());
        put(fields, "invited", c.invited());
        put(fields, "topics", c.topics());
        put(fields, "due", c.due() == null ? null : c.due().text());
        put(fields, "tentative", c.tentative() ? Boolean.TRUE : null);
        put(fields, "status", Labels.of(c.status()));
        put(fields, "recurs", c.recurs() == null ? null : c.recurs().text());
        put(fields, "depends-on", c.dependsOn());
        put(fields, "supersedes", c.supersedes());
        put(fields, "coordinator", c.coordinators());
        put(fields, "quote", c.quote());
        put(fields, "announced", c.announced());
        return fields;
    }

    private static Map<String, Object> fields(Progress p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "commitment", p.commitment());
        put(fields, "date", p.date());
        put(fields, "kind", Labels.of(p.kind()));
        put(fields, "note", p.note());
        return fields;
    }

    private static void put(Map<String, Object> fields, String key, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            fields.put(key, value instanceof List<?> || value instanceof Boolean || value instanceof Map<?, ?>
                    ? value : value.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator json, Map<String, Object> fields) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            json.writeFieldName(field.getKey());
            if (field.getValue() instanceof List<?> list) {
                json.writeStartArray();
                for (Object item : list) {
                    json.writeString(item.toString());
                }
                json.writeEndArray();
            } else if (field.getValue() instanceof Map<?, ?> map) {
                write(json, (Map<String, Object>) map);
            } else if (field.getValue() instanceof Boolean b) {
                json.writeBoolean(b);
            } else {
                json.writeString(field.getValue().toString());
            }
        }
        json.writeEndObject();
    }

    /** One RFC 4180 record: every cell quoted, quotes doubled; lists joined with ';'. */
    private static void row(Writer out, List<Object> cells) throws IOException {
        List<String> quoted = new ArrayList<>();
        for (Object cell : cells) {
            String text = cell == null ? "" : cell instanceof List<?> list
                    ? String.join(";", list.stream().map(Object::toString).toList()) : cell.toString();
            quoted.add("\"" + text.replace("\"", "\"\"") + "\"");
        }
        out.write(String.join(",", quoted) + "\r\n");
    }
}
