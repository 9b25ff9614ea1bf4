package io.pactwatch.period;

import io.pactwatch.model.Period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time expressions of announcements ("first half of 2019", "2012-2014", "mid-2020") into an
 * inclusive {@link Period}. Anything it does not understand is rejected with the text quoted: a guess
 * would silently move a deadline.
 */
public final class Periods {

    static final String ACCEPTED_FORMS = "2019-04-15, 2019, 2019-04, April 2019, 2019-Q3, Q3 2019, "
            + "third quarter of 2019, 2019-H1, first half of 2019, 2012-2014, 2019-03-01..2019-06-30, "
            + "by the end of 2019, early/mid/late 2020";

    /** Month names and their abbreviations, lower case (the text is lower-cased first). */
    static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Map<String, Integer> ORDINALS = Map.of(
            "first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3, "3rd", 3, "fourth", 4, "4th", 4);

    /** One accepted form: a whole-text pattern and how its match becomes a period. */
    private record Form(Pattern pattern, Function<Matcher, Period> resolve) {
    }

    private static final List<Form> SINGLE_FORMS = List.of(
            form("(\\d{4})-(\\d{2})-(\\d{2})", m -> day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)))),
            form("(\\d{4})", m -> year(num(m, 1))),
            form("(\\d{4})-(\\d{2})", m -> month(YearMonth.of(num(m, 1), num(m, 2)))),
            form("(" + MONTHS + ")\\.? (\\d{4})", m -> month(YearMonth.of(num(m, 2), monthOf(m.group(1))))),
            form("(\\d{4})-?q([1-4])", m -> quarter(num(m, 1), num(m, 2))),
            form("q([1-4]) (\\d{4})", m -> quarter(num(m, 2), num(m, 1))),
            form("(first|second|third|fourth|1st|2nd|3rd|4th) quarter (?:of )?(\\d{4})",
                    m -> quarter(num(m, 2), ORDINALS.get(m.group(1)))),
            form("(\\d{4})-?h([12])", m -> half(num(m, 1), num(m, 2))),
            form("h([12]) (\\d{4})", m -> half(num(m, 2), num(m, 1))),
            form("(first|second|1st|2nd) half (?:of )?(\\d{4})", m -> half(num(m, 2), ORDINALS.get(m.group(1)))),
            form("(?:early|beginning of|start of) (\\d{4})", m -> thirds(num(m, 1), 1)),
            form("mid-? ?(\\d{4})", m -> thirds(num(m, 1), 2)),
            form("late (\\d{4})", m -> thirds(num(m, 1), 3)));

    private static final Pattern DEADLINE = Pattern.compile("by (?:end of )?(.+)|(?:before )?end of (.+)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4}) ?[-\u2013\u2014] ?(\\d{4})");
    private static final Pattern RANGE = Pattern.compile(
            "(?:from )?(.+?) ?(?:\\.\\.|\u2013|\u2014| - | to | through | until )(.+)|between (.+) and (.+)");

    /** Precompiled: {@link #parse} runs for every dated entry of a large registry (docs/benchmarks.md). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:(?:in|during) )?(?:the )?");

    private Periods() {
    }

    /**
     * Parses {@code text} into a period.
     *
     * @throws UnreadablePeriodException quoting the text when it is not one of the accepted forms,
     *                                   names an impossible date, or ends before it starts
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadablePeriodException("empty period; write e.g. " + ACCEPTED_FORMS);
        }
        String normal = normalise(text);
        Optional<Period> period;
        try {
            period = readRange(normal).or(() -> readDeadline(normal)).or(() -> readSingle(normal));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new UnreadablePeriodException("\"" + text + "\" is not a valid period: " + e.getMessage());
        }
        return period.map(p -> new Period(p.start(), p.end(), text.strip()))
                .orElseThrow(() -> new UnreadablePeriodException(
                        "cannot read \"" + text + "\" as a period; accepted forms: " + ACCEPTED_FORMS));
    }

    private static Optional<Period> readSingle(String text) {
        for (Form form : SINGLE_FORMS) {
            Matcher m = form.pattern().matcher(text);
            if (m.matches()) {
                return Optional.of(form.resolve().apply(m));
            }
        }
        return Optional.empty();
    }

    /** "by the end of 2019": the deadline is the end of 2019, and the window is 2019. */
    private static Optional<Period> readDeadline(String text) {
        Matcher m = DEADLINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return readSingle(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static Optional<Period> readRange(String text) {
        Matcher years = YEAR_RANGE.matcher(text);
        if (years.matches()) {
            return Optional.of(span(year(num(years, 1)), year(num(years, 2))));
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String from = m.group(1) != null ? m.group(1) : m.group(3);
        String to = m.group(2) != null ? m.group(2) : m.group(4);
        Optional<Period> first = readSingle(from);
        Optional<Period> last = readSingle(to);
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(span(first.get(), last.get()));
    }

    private static Period span(Period first, Period last) {
        if (last.end().isBefore(first.start())) {
            throw new IllegalArgumentException("it ends (" + last.end() + ") before it starts (" + first.start() + ")");
        }
        return new Period(first.start(), last.end(), "");
    }

    private static String normalise(String text) {
        String s = WHITESPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = LEADING_WORDS.matcher(s).replaceFirst("");
        return s.replace("the end of", "end of").replace(" the ", " ");
    }

    private static Form form(String regex, Function<Matcher, Period> resolve) {
        return new Form(Pattern.compile(regex), resolve);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The month (1-12) that a name or abbreviation of three letters or more stands for, in any case. */
    public static int monthOf(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("unknown month " + name);
    }

    private static Period day(LocalDate day) {
        return new Period(day, day, "");
    }

    private static Period year(int year) {
        return new Period(Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth(), "");
    }

    private static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth(), "");
    }

    /** Months {@code first} to {@code first + count - 1} of {@code year}. */
    private static Period months(int year, int first, int count) {
        YearMonth start = YearMonth.of(year, first);
        return new Period(start.atDay(1), start.plusMonths(count - 1L).atEndOfMonth(), "");
    }

    private static Period quarter(int year, int quarter) {
        return months(year, 3 * quarter - 2, 3);
    }

    private static Period half(int year, int half) {
        return months(year, 6 * half - 5, 6);
    }

    /** Early, mid and late: the first, middle and last four months of the year (documented in README). */
    private static Period thirds(int year, int third) {
        return months(year, 4 * third - 3, 4);
    }
}
