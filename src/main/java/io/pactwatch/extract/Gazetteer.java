package io.pactwatch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The states and organisations of {@code gazetteer.tsv}, found in text by name, demonym, capital or other alias
 * and normalised to one name ("Russian", "Moscow", "the Russian side" → Russia; "CSTO member states" → CSTO).
 *
 * <p>A hand-kept list: the JDK's {@code Locale} knows country names but not demonyms or capitals, and no small,
 * maintained Maven Central library offers those with organisations (noted in the README).
 */
public final class Gazetteer {

    static final String RESOURCE = "gazetteer.tsv";

    /** A recognised party: its name and short code (for ids). */
    public record Entry(String name, String code) {
    }

    /** Where an entry is named in a text: characters {@code start} to {@code end} (exclusive). */
    public record Mention(Entry entry, int start, int end) {
    }

    private final Map<String, Entry> byAlias;
    private final Pattern pattern;

    private Gazetteer(Map<String, Entry> byAlias) {
        this.byAlias = byAlias;
        // longest alias first, so that "Russian Federation" wins over "Russian" and "UN Office on ..." over "UN"
        String alternatives = byAlias.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** The list shipped in the jar. */
    public static Gazetteer standard() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Gazetteer read(BufferedReader lines) throws IOException {
        Map<String, Entry> byAlias = new LinkedHashMap<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            Entry entry = new Entry(fields[0].strip(), fields[1].strip());
            byAlias.put(entry.name(), entry);
            if (fields.length > 2) {
                for (String alias : fields[2].split("\\|")) {
                    byAlias.put(alias.strip(), entry);
                }
            }
        }
        return new Gazetteer(byAlias);
    }

    /** The short code of the entry named {@code name} ("ru" for Russia), for ids. */
    public String code(String name) {
        Entry entry = byAlias.get(name);
        return entry == null ? name.toLowerCase(java.util.Locale.ROOT) : entry.code();
    }

    /** Every mention in {@code text}, in order, none overlapping. */
    public List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            mentions.add(new Mention(byAlias.get(m.group()), m.start(), m.end()));
        }
        return mentions;
    }
}
