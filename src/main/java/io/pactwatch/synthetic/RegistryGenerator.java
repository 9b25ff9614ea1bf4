package io.pactwatch.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Writes a synthetic registry for benchmarks: kinds, periods, tentative dates, recurrences, supersedes and
 * depends-on links and progress histories in proportions like the example registry's. The same seed gives the
 * same files, byte for byte.
 */
public final class RegistryGenerator {

    /** Commitments per file: large registries are split the way coordinators split theirs, by source. */
    public static final int PER_FILE = 10_000;

    private static final List<String> PARTIES = List.of("Russia", "Turkey", "Iran", "China", "United States",
            "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Afghanistan", "Pakistan", "India",
            "Brazil", "South Africa", "Germany", "France", "Italy", "Spain", "Japan", "Mexico", "Egypt", "Norway",
            "Finland", "Serbia", "Vietnam", "Mongolia", "Uzbekistan", "Azerbaijan", "Georgia", "CSTO", "SCO",
            "UNODC", "Interpol", "EU", "ASEAN", "BRICS", "OSCE", "Qatar", "Indonesia");
    private static final List<String> TOPICS = List.of("drug-trafficking", "cybersecurity", "energy", "trade",
            "tourism", "security", "precursors", "money-laundering", "terrorism", "health");
    private static final String[] KINDS = {"event", "plan", "agreement", "exchange", "operation", "body", "other"};
    private static final int[] KIND_WEIGHTS = {3, 2, 3, 7, 2, 2, 5};
    private static final String[] STATUSES = {"proposed", "planned", "in-progress", "fulfilled", "cancelled",
        "terminated", "superseded"};
    private static final int[] STATUS_WEIGHTS = {15, 40, 25, 12, 3, 3, 2};
    private static final String[] PROGRESS = {"confirmed", "held", "reported", "postponed", "signed", "note",
        "terminated", "cancelled"};
    private static final int[] PROGRESS_WEIGHTS = {20, 20, 15, 5, 10, 25, 3, 2};
    private static final LocalDate FIRST_ANNOUNCEMENT = LocalDate.of(2010, 1, 1);
    private static final int ANNOUNCEMENT_SPAN_DAYS = 15 * 365;

    private final SplittableRandom random;
    /** Kind of each commitment written so far, so that links point at earlier plans and agreements. */
    private String[] kinds;
    private RegistryFormat format = RegistryFormat.YAML;

    public RegistryGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes {@code count} commitments to {@code directory} as YAML, {@link #PER_FILE} per file. */
    public void write(int count, Path directory) throws IOException {
        write(count, directory, RegistryFormat.YAML);
    }

    /** Writes {@code count} commitments to {@code directory} in {@code format}, {@link #PER_FILE} per file. */
    public void write(int count, Path directory, RegistryFormat format) throws IOException {
        this.format = format;
        Files.createDirectories(directory);
        kinds = new String[count];
        for (int first = 0; first < count; first += PER_FILE) {
            Path file = directory.resolve(String.format("registry-%05d", first / PER_FILE + 1) + format.extension());
            try (BufferedWriter out = Files.newBufferedWriter(file)) {
                writeFile(out, first, Math.min(count, first + PER_FILE));
            }
        }
    }

    private void writeFile(BufferedWriter out, int from, int to) throws IOException {
        StringBuilder progress = new StringBuilder();
        out.write(format.commitmentsHeader());
        for (int n = from; n < to; n++) {
            LocalDate announced = FIRST_ANNOUNCEMENT.plusDays(random.nextInt(ANNOUNCEMENT_SPAN_DAYS));
            String kind = pick(KINDS, KIND_WEIGHTS);
            kinds[n] = kind;
            out.write(commitment(n, kind, announced));
            for (int p = random.nextInt(4); p > 0; p--) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("commitment", "c-" + n);
                entry.put("date", announced.plusDays(random.nextInt(3 * 365)));
                entry.put("kind", pick(PROGRESS, PROGRESS_WEIGHTS));
                format.progress(progress, entry);
            }
        }
        if (!progress.isEmpty()) {
            out.write(format.progressHeader());
            out.write(progress.toString());
        }
    }

    private String commitment(int n, String kind, LocalDate announced) {
        Map<String, Object> c = new LinkedHashMap<>();
        String topic = TOPICS.get(random.nextInt(TOPICS.size()));
        c.put("id", "c-" + n);
        c.put("title", capitalised(kind) + " " + n + " on " + topic);
        c.put("kind", kind);
        c.put("parties", List.of(party(), party()));
        c.put("topics", List.of(topic));
        c.put("status", pick(STATUSES, STATUS_WEIGHTS));
        c.put("announced", announced);
        due(kind, announced).ifPresent(due -> c.put("due", due));
        if (kind.equals("event") && random.nextInt(10) < 3) {
            c.put("tentative", true);
        }
        if (kind.equals("body") || (kind.equals("exchange") && random.nextInt(5) == 0)) {
            c.put("recurs", random.nextBoolean() ? "every 12 months" : "every 6 months");
        }
        if ((kind.equals("plan") || kind.equals("agreement")) && n > 0 && random.nextInt(10) < 3) {
            earlier(n, kind).ifPresent(p -> c.put("supersedes", List.of("c-" + p)));
        }
        if (n > 0 && random.nextInt(20) == 0) {
            c.put("depends-on", List.of("c-" + random.nextInt(n)));
        }
        StringBuilder out = new StringBuilder(256);
        format.commitment(out, c);
        return out.toString();
    }

    /** A period written the ways the seed articles write them, around the announcement. */
    private Optional<String> due(String kind, LocalDate announced) {
        int year = announced.getYear() + random.nextInt(3);
        return switch (kind) {
            case "plan", "agreement" -> random.nextInt(10) < 8
                    ? Optional.of(year + "-" + (year + 1 + random.nextInt(5))) : Optional.empty();
            case "event" -> random.nextInt(20) < 17 ? Optional.of(switch (random.nextInt(4)) {
                case 0 -> "first half of " + year;
                case 1 -> "Q" + (1 + random.nextInt(4)) + " " + year;
                case 2 -> Month.of(1 + random.nextInt(12)).getDisplayName(TextStyle.FULL,
                        Locale.ENGLISH) + " " + year;
                default -> announced.plusDays(30 + random.nextInt(600)).toString();
            }) : Optional.empty();
            case "body" -> Optional.empty();
            default -> random.nextBoolean() ? Optional.of(String.valueOf(year)) : Optional.empty();
        };
    }

    /** An earlier commitment of the same kind, looked for among a few random candidates. */
    private Optional<Integer> earlier(int n, String kind) {
        for (int tries = 0; tries < 5; tries++) {
            int candidate = random.nextInt(n);
            if (kinds[candidate].equals(kind)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private String party() {
        return PARTIES.get(random.nextInt(PARTIES.size()));
    }

    private String pick(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException("weights do not cover the roll");
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
