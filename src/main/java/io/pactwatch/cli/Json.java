package io.pactwatch.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a JSON array of objects: the {@code --format json} output of every command. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** Each map is one object; values are written as strings, numbers, booleans, lists, objects or null. */
    static void printArray(PrintWriter out, List<Map<String, Object>> objects) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Map<String, Object> object : objects) {
                writeObject(json, object);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void writeObject(JsonGenerator json, Map<?, ?> object) throws IOException {
        json.writeStartObject();
        for (Map.Entry<?, ?> field : object.entrySet()) {
            json.writeFieldName(String.valueOf(field.getKey()));
            writeValue(json, field.getValue());
        }
        json.writeEndObject();
    }

    /** An insertion-ordered map, so that fields print in the order they were put. */
    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> object) {
            writeObject(json, object);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}
