package io.pactwatch.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Source;
import io.pactwatch.registry.RegistryFileReader.Contents;
import io.pactwatch.yaml.Keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a registry file in JSON Lines (https://jsonlines.org): one JSON object per line, with the keys of a YAML
 * registry entry. A line with a {@code "commitment"} key is a progress entry; any other line is a commitment,
 * which may carry its article as {@code "source": {"title", "publisher", "published"}}. Blank lines are skipped.
 *
 * <p>Each line is parsed on its own with Jackson's streaming parser (no tree, no data binding), so that a
 * million lines load in seconds and a malformed line is reported without hiding the problems of the others.
 */
final class JsonLinesReader {

    private static final JsonFactory JSON = new JsonFactory();
    /** The keys of a commitment line: the YAML entry's, and the YAML file's {@code source}. */
    private static final Set<String> COMMITMENT_KEYS = with(Fields.COMMITMENT, "source");

    private final FlatContents contents;

    private JsonLinesReader(FlatContents contents) {
        this.contents = contents;
    }

    /** @param content the bytes of {@code file} */
    static Contents read(Path file, byte[] content, List<Problem> problems, Canonical shared) {
        return FlatContents.read(file, content, problems, shared, contents -> new JsonLinesReader(contents)::lines);
    }

    private void lines(BufferedReader in) throws IOException {
        int number = 0;
        boolean any = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (number == 1 && !line.isEmpty() && line.charAt(0) == FlatContents.BOM) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                any = true;
                line(number, line);
            }
        }
        if (!any) {
            contents.problem(1, "the file is empty");
        }
    }

    private void line(int number, String line) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                contents.problem(number, "each line must be one JSON object, {\"key\": value, ...}");
                return;
            }
            Map<String, Object> values = new HashMap<>();
            Map<String, Object> source = null;
            List<String> keys = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                keys.add(key);
                JsonToken token = p.nextToken();
                if (key.equals("source")) {
                    source = source(number, token, p);
                } else {
                    put(values, key, value(number, key, p));
                }
            }
            if (p.nextToken() != null) {
                contents.problem(number, "more than one JSON value on the line; write one object per line");
                return;
            }
            entry(number, keys, values, source);
        } catch (JsonParseException e) {
            contents.problem(number, "malformed JSON at column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
    }

    private void entry(int number, List<String> keys, Map<String, Object> values, Map<String, Object> source) {
        boolean progress = values.containsKey("commitment");
        Set<String> allowed = progress ? Fields.PROGRESS : COMMITMENT_KEYS;
        checkKeys(number, keys, allowed, values);
        if (progress) {
            contents.progress(number, values);
        } else {
            Source article = source == null ? null : contents.source(number, source);
            values.remove("source");
            contents.commitment(number, values, article);
        }
    }

    /** Unknown and repeated keys are problems; unknown ones are dropped so the rest is still checked. */
    private void checkKeys(int number, List<String> keys, Set<String> allowed, Map<String, Object> values) {
        Set<String> seen = new LinkedHashSet<>();
        for (String key : keys) {
            if (!allowed.contains(key)) {
                contents.problem(number, FlatContents.unknown("key", key, allowed));
                values.remove(key);
            } else if (!seen.add(key)) {
                contents.problem(number, "duplicate key \"" + key + "\"");
            }
        }
    }

    private Map<String, Object> source(int number, JsonToken token, JsonParser p) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            return object(number, p);
        }
        contents.problem(number, "\"source\" must be an object: {\"title\": ..., \"publisher\": ..., \"published\": ...}");
        p.skipChildren();
        return null;
    }

    /** The nested {@code source} object's values. */
    private Map<String, Object> object(int number, JsonParser p) throws IOException {
        Map<String, Object> values = new HashMap<>();
        List<String> keys = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            keys.add(key);
            p.nextToken();
            put(values, key, value(number, "source." + key, p));
        }
        checkKeys(number, keys, Fields.SOURCE, values);
        return values;
    }

    /** A scalar as text, an array of scalars as a list; null for JSON null or blank text. */
    private Object value(int number, String key, JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                String text = scalar(item, p);
                if (text == null || text.isBlank()) {
                    contents.problem(number, "\"" + key + "\" must be a list of names; got an empty or nested entry");
                    p.skipChildren();
                } else {
                    items.add(text.strip());
                }
            }
            return items;
        }
        if (token == JsonToken.START_OBJECT) {
            contents.problem(number, "\"" + key + "\" must be a single value or a list, not an object");
            p.skipChildren();
            return null;
        }
        String text = scalar(token, p);
        return text == null || text.isBlank() ? null : text;
    }

    private static String scalar(JsonToken token, JsonParser p) throws IOException {
        return token.isScalarValue() && token != JsonToken.VALUE_NULL ? p.getText() : null;
    }

    private static void put(Map<String, Object> values, String key, Object value) {
        if (value != null) {
            values.putIfAbsent(key, value);
        }
    }

    private static Set<String> with(Set<String> keys, String more) {
        return Keys.ordered(Stream.concat(keys.stream(), Stream.of(more)).toArray(String[]::new));
    }
}
