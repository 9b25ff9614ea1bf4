package io.pactwatch.extract;

import io.pactwatch.period.Periods;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into headline, dateline and body. News copy opens with boilerplate ("All news"), a headline,
 * perhaps a subtitle and captions, then either the dateline paragraph ("MOSCOW, January 24 (Itar-Tass) — ...")
 * or a line that holds only a date ("Updated: August 17, 2017", "03 Dec, 2005", "POLITICS 12:34 / 19.04.2022",
 * "Thu, 12/09/2010"), perhaps followed by a place ("NEW DELHI (PTI):"). Editors often leave no blank line
 * between the headline and the dateline, so a line that starts with a dateline starts a paragraph of its own.
 */
final class ArticleReader {

    /** An article in parts; {@code body} runs from the dateline's paragraph (without the dateline) to the end. */
    record Article(Optional<String> headline, Dateline dateline, List<String> body) {
    }

    private static final String MONTH = "(?i:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAY = "(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue"
            + "|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)";
    private static final Pattern NEWS_DATELINE = Pattern.compile("^(?<place>[A-Z][A-Z'\u2019 .-]*?[A-Z](?: /[A-Z][A-Z ]*/)?)"
            + "[.,] ?(?<month>" + MONTH + ")\\.? (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?\\.? ?"
            + "(?:/(?<slashed>[^/]{2,30})/\\.?|\\((?<bracketed>[^)]{2,30})\\)|, (?<named>[A-Z][A-Za-z-]{2,30})\\.)? ?"
            + "(?:[\u2014\u2013]|-{1,2})? ?");
    private static final Pattern ISO_DATELINE = Pattern.compile("^(?:date:? )?(?<date>\\d{4}-\\d{2}-\\d{2})\\b ?");
    /** A line that holds a date and nothing else but a label, a weekday and times. */
    private static final Pattern DATE_LINE = Pattern.compile("^(?:(?i:updated|published|posted|last updated|date)\\s*:?\\s*)?"
            + "(?:[A-Z]{3,}(?: [A-Z]{3,})*\\s+)?(?:\\d{1,2}:\\d{2}\\s*(?:[AP]M\\s*)?/?\\s*)?"
            + "(?:(?<weekday>" + WEEKDAY + ")\\.?,?\\s+)?"
            + "(?:(?<m1>" + MONTH + ")\\.? (?<d1>\\d{1,2})(?:st|nd|rd|th)?,? (?<y1>\\d{4})"
            + "|(?<d2>\\d{1,2}) (?<m2>" + MONTH + ")\\.?,? (?<y2>\\d{4})"
            + "|(?<d3>\\d{1,2})\\.(?<m3>\\d{1,2})\\.(?<y3>\\d{4})"
            + "|(?<a4>\\d{1,2})/(?<b4>\\d{1,2})/(?<y4>\\d{4})"
            + "|(?<iso>\\d{4}-\\d{2}-\\d{2}))"
            + "(?:\\s*[,|/]?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AP]M)?)?"
            + "(?:\\s*\\(?(?:GMT|UTC|IST|MSK|PKT|EST|EDT|BST|CET)[+\\-\\d:]*\\)?)?\\s*$");
    /** "NEW DELHI (PTI):", "ISLAMABAD:" opening the body after a line with the date. */
    private static final Pattern PLACE_OPENING = Pattern.compile(
            "^(?<place>[A-Z][A-Z'\u2019 .-]*[A-Z])(?: \\((?<publisher>[^)]{2,30})\\))?\\s*(?::|[\u2014\u2013]|-{1,2})\\s*");
    private static final int MIN_HEADLINE_WORDS = 3;
    /** Editors on Windows save UTF-8 with a byte order mark; it would hide the dateline at the start. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final Pattern LINE = Pattern.compile("\\R");

    private ArticleReader() {
    }

    static Article read(String text) {
        List<String> paragraphs = SentenceSplitter.paragraphs(separateDatelines(text.replace(BYTE_ORDER_MARK, "")));
        for (int i = 0; i < paragraphs.size(); i++) {
            Optional<Dateline> alone = dateLine(paragraphs.get(i));
            if (alone.isPresent()) {
                return afterDateLine(paragraphs, i, alone.get());
            }
            Optional<Matched> dateline = dateline(paragraphs.get(i));
            if (dateline.isPresent()) {
                List<String> body = new ArrayList<>();
                body.add(paragraphs.get(i).substring(dateline.get().length()).strip());
                body.addAll(paragraphs.subList(i + 1, paragraphs.size()));
                return new Article(headline(paragraphs.subList(0, i)), dateline.get().dateline(), body);
            }
        }
        return new Article(headline(paragraphs.isEmpty() ? List.of() : paragraphs.subList(0, 1)), Dateline.NONE,
                paragraphs);
    }

    /** A blank line before each line that opens with a dateline, and around a line that is only a date. */
    private static String separateDatelines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : LINE.split(text, -1)) {
            String strip = line.strip();
            boolean alone = DATE_LINE.matcher(strip).matches();
            if (alone || NEWS_DATELINE.matcher(strip).lookingAt() && dateline(strip).isPresent()) {
                out.append('\n');
            }
            out.append(line).append('\n');
            if (alone) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The body after a line that is only a date; the headline may stand before it or right after it. */
    private static Article afterDateLine(List<String> paragraphs, int at, Dateline dateline) {
        List<String> rest = new ArrayList<>(paragraphs.subList(at + 1, paragraphs.size()));
        Optional<String> headline = headline(paragraphs.subList(0, at));
        if (headline.isEmpty() && rest.size() > 1 && headlineLike(rest.get(0))) {
            headline = Optional.of(rest.remove(0));
        }
        if (!rest.isEmpty()) {
            Matcher place = PLACE_OPENING.matcher(rest.get(0));
            if (place.lookingAt()) {
                dateline = dateline.withPublisher(Optional.ofNullable(place.group("publisher")).map(String::strip));
                rest.set(0, rest.get(0).substring(place.end()));
            }
        }
        return new Article(headline, dateline, rest);
    }

    private record Matched(Dateline dateline, int length) {
    }

    private static Optional<Matched> dateline(String paragraph) {
        Matcher iso = ISO_DATELINE.matcher(paragraph);
        if (iso.find()) {
            LocalDate date = LocalDate.parse(iso.group("date"));
            return Optional.of(new Matched(new Dateline(iso.group().strip(), Optional.empty(),
                    Optional.of(MonthDay.from(date)), List.of(date), Optional.empty(), Optional.empty()), iso.end()));
        }
        Matcher m = NEWS_DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(Periods.monthOf(m.group("month").toLowerCase(Locale.ROOT)),
                    Integer.parseInt(m.group("day")));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        Optional<String> publisher = Optional.ofNullable(m.group("slashed")).or(() -> Optional.ofNullable(m.group("bracketed")))
                .or(() -> Optional.ofNullable(m.group("named")));
        List<LocalDate> readings = Optional.ofNullable(m.group("year")).map(Integer::parseInt)
                .filter(monthDay::isValidYear).map(y -> List.of(monthDay.atYear(y))).orElse(List.of());
        return Optional.of(new Matched(new Dateline(m.group().strip(), Optional.of(m.group("place")),
                Optional.of(monthDay), readings, Optional.empty(), publisher.map(String::strip)), m.end()));
    }

    /** A paragraph that is only a date (and labels, times), read into every date it can stand for. */
    static Optional<Dateline> dateLine(String paragraph) {
        Matcher m = DATE_LINE.matcher(paragraph);
        if (!m.matches()) {
            return Optional.empty();
        }
        Set<LocalDate> readings = new LinkedHashSet<>();
        if (m.group("iso") != null) {
            date(() -> LocalDate.parse(m.group("iso"))).ifPresent(readings::add);
        } else if (m.group("m1") != null) {
            date(() -> LocalDate.of(num(m, "y1"), month(m.group("m1")), num(m, "d1"))).ifPresent(readings::add);
        } else if (m.group("m2") != null) {
            date(() -> LocalDate.of(num(m, "y2"), month(m.group("m2")), num(m, "d2"))).ifPresent(readings::add);
        } else if (m.group("m3") != null) {
            // dotted dates are day first wherever they are written
            date(() -> LocalDate.of(num(m, "y3"), num(m, "m3"), num(m, "d3"))).ifPresent(readings::add);
        } else {
            // slashed dates are month first in the US and day first elsewhere: keep both readings
            date(() -> LocalDate.of(num(m, "y4"), num(m, "a4"), num(m, "b4"))).ifPresent(readings::add);
            date(() -> LocalDate.of(num(m, "y4"), num(m, "b4"), num(m, "a4"))).ifPresent(readings::add);
        }
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        Optional<DayOfWeek> weekday = Optional.ofNullable(m.group("weekday")).flatMap(ArticleReader::weekday);
        return Optional.of(new Dateline(paragraph.strip(), Optional.empty(), Optional.empty(), List.copyOf(readings),
                weekday, Optional.empty()));
    }

    private static Optional<DayOfWeek> weekday(String text) {
        String prefix = text.substring(0, 3).toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(prefix)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(java.util.function.Supplier<LocalDate> date) {
        try {
            return Optional.of(date.get());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return Periods.monthOf(name.toLowerCase(Locale.ROOT));
    }

    /** The first paragraph before the dateline that reads like a headline: a few words, not a full sentence. */
    private static Optional<String> headline(List<String> before) {
        return before.stream().filter(ArticleReader::headlineLike).findFirst();
    }

    private static boolean headlineLike(String paragraph) {
        return paragraph.split(" ").length >= MIN_HEADLINE_WORDS && !paragraph.endsWith(".");
    }
}
