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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The states and organisations a text names, found by name, adjective, formal or short form or capital and
 * normalised to one name ("Russian", "Moscow", "the Russian side" → Russia; "CSTO member states" → CSTO).
 *
 * <p>States are the UN's members and observers ({@code states.tsv}, by ISO 3166 code), named as the JDK's CLDR
 * data names the code in English ({@link Locale#getDisplayCountry(Locale)}), so that names follow a maintained
 * standard rather than a hand list; the file adds what CLDR does not carry (adjectives, formal and short forms,
 * capitals). Organisations come from {@code organisations.tsv}. See docs/extract.md.
 */
public final class Gazetteer {

    static final String STATES = "states.tsv";
    static final String ORGANISATIONS = "organisations.tsv";
    /** In states.tsv: take the JDK's name for the code. */
    private static final String JDK_NAME = "-";
    private static final java.util.Set<String> ISO_CODES = java.util.Set.of(Locale.getISOCountries());

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

    /** The states and organisations shipped in the jar. */
    public static Gazetteer standard() {
        Map<String, Entry> byAlias = new LinkedHashMap<>();
        read(STATES, line -> state(line, byAlias));
        read(ORGANISATIONS, line -> organisation(line, byAlias));
        return new Gazetteer(byAlias);
    }

    /** CODE, NAME or "-", aliases: the name is the JDK's English name of the ISO code unless given. */
    private static void state(String[] fields, Map<String, Entry> byAlias) {
        String code = fields[0].strip();
        if (!ISO_CODES.contains(code)) {
            throw new IllegalStateException(STATES + ": \"" + code + "\" is not an ISO 3166 code the JDK knows");
        }
        String jdkName = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        String name = fields.length > 1 && !fields[1].strip().equals(JDK_NAME) ? fields[1].strip() : jdkName;
        Entry entry = new Entry(name, code.toLowerCase(Locale.ROOT));
        byAlias.put(name, entry);
        byAlias.put(jdkName, entry);
        aliases(fields, 2, entry, byAlias);
    }

    private static void organisation(String[] fields, Map<String, Entry> byAlias) {
        Entry entry = new Entry(fields[0].strip(), fields[1].strip());
        byAlias.put(entry.name(), entry);
        aliases(fields, 2, entry, byAlias);
    }

    private static void aliases(String[] fields, int at, Entry entry, Map<String, Entry> byAlias) {
        if (fields.length > at) {
            for (String alias : fields[at].split("\\|")) {
                if (!alias.isBlank()) {
                    byAlias.put(alias.strip(), entry);
                }
            }
        }
    }

    private static void read(String resource, java.util.function.Consumer<String[]> line) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                if (!text.isBlank() && !text.startsWith("#")) {
                    line.accept(text.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The short code of the entry named {@code name} ("ru" for Russia), for ids. */
    public String code(String name) {
        Entry entry = byAlias.get(name);
        return entry == null ? name.toLowerCase(Locale.ROOT) : entry.code();
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
