package io.pactwatch.period;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * One row of {@code src/test/resources/period/timex3-cases.tsv}: a time expression as it stands in a sentence of
 * news, the article's date, and the TIMEX3 value and mod a TimeML annotator gives it. {@code held} cases were
 * written with the rest but never tuned to one by one, so their score says how the normaliser does on text it
 * was not written against.
 */
record TimexCase(String resource, int line, String split, String kind, String expression, LocalDate documentDate, String sentence,
                 String value, String mod) {

    /** The table the normaliser was fixed against: its tune and held splits. */
    static final String CASES = "/period/timex3-cases.tsv";
    /** Cases written after those fixes, measured once before any change for them. */
    static final String FRESH = "/period/timex3-fresh.tsv";
    private static final int COLUMNS = 7;

    /** What a normaliser answered for a case; an empty value when it could not tell. */
    record Answer(String value, String mod) {

        static final Answer NONE = new Answer("", "");
    }

    boolean rightBy(Answer answer) {
        return value.equals(answer.value()) && mod.equals(answer.mod());
    }

    @Override
    public String toString() {
        return resource + ":" + line + ": \"" + expression + "\" on " + documentDate + " in \"" + sentence + "\"";
    }

    static List<TimexCase> load(String resource) {
        try (InputStream in = TimexCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> !lines.get(i).startsWith("#") && !lines.get(i).startsWith("split\t"))
                    .mapToObj(i -> parse(resource, i + 1, lines.get(i)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static TimexCase parse(String resource, int line, String text) {
        String[] c = text.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new IllegalStateException(resource + ":" + line + ": expected " + COLUMNS + " tab-separated columns, got "
                    + c.length);
        }
        return new TimexCase(resource, line, c[0], c[1], c[2], LocalDate.parse(c[3]), c[4], c[5], c[6]);
    }

    /** Cases right / total, overall, by split and by class, for one normaliser. */
    static String score(String name, List<TimexCase> cases, Function<TimexCase, Answer> normaliser) {
        java.util.Map<String, int[]> tally = new java.util.TreeMap<>();
        StringBuilder misses = new StringBuilder();
        for (TimexCase c : cases) {
            Answer answer = normaliser.apply(c);
            boolean right = c.rightBy(answer);
            for (String key : List.of("all", "split " + c.split(), "class " + c.kind())) {
                int[] t = tally.computeIfAbsent(key, k -> new int[3]);
                t[0] += right ? 1 : 0;
                t[1]++;
                t[2] += c.value().equals(answer.value()) ? 1 : 0;
            }
            if (!right) {
                misses.append(String.format("  miss %s: got %s %s, gold %s %s%n", c, answer.value(), answer.mod(),
                        c.value(), c.mod()));
            }
        }
        StringBuilder out = new StringBuilder(name + " (right = value and mod; value = value alone)\n");
        tally.forEach((k, t) -> out.append(String.format("  %-18s %3d / %3d right (%.2f), value %3d%n", k, t[0], t[1],
                (double) t[0] / t[1], t[2])));
        return out.append(misses).toString();
    }
}
