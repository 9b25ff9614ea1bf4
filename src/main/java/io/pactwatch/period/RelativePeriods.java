package io.pactwatch.period;

import io.pactwatch.model.Period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the time expressions of news text against a reference date (the article's date): "next year",
 * "in December", "on Friday", "a year ago", "the third quarter", "Sept. 30", "fiscal 1989", TIMEX3 values such
 * as {@code 2012/2014}, and every absolute form of {@link Periods}. Relative and partial forms are rewritten into
 * absolute ones and read by {@link Periods}, so there is one grammar of periods.
 *
 * <p>Unlike {@link Periods#parse}, which the registry uses and which never guesses, this is for drafting: a
 * year-less expression takes the year its tense suggests. Empty when the text is not a time expression it knows.
 */
public final class RelativePeriods {

    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String UNITS = "day|week|month|quarter|year";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private static final Pattern TIMEX_RANGE = Pattern.compile("([0-9][0-9a-z-]*)/([0-9][0-9a-z-]*)");
    /** US federal fiscal year: FY1989 ran from 1 October 1988 to 30 September 1989 (31 U.S.C. 1102). */
    private static final Pattern FISCAL = Pattern.compile("(?:fiscal(?: year)?|fy) ?(\\d{4})");
    private static final Pattern DAY_WORD = Pattern.compile("(?:the day before )?(today|yesterday|tomorrow)");
    private static final Pattern DEICTIC = Pattern.compile("(this|next|last|past|coming|current) (" + UNITS + ")");
    private static final Pattern AGO = Pattern.compile("(\\d{1,4}|" + String.join("|", NUMBERS.keySet()) + ") ("
            + UNITS + ")s? ago");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:(?:late|early) )?(?:on )?(" + WEEKDAYS + ")(?: (?:morning|afternoon|evening|night))?");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(this|next|last|coming|current) year\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(" + Periods.MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,? (\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + Periods.MONTHS + ")\\.?(?:,? (\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FILLER = Pattern.compile("^(?:in|during|for|of|the)\\s+|[.,;:]+$");

    private RelativePeriods() {
    }

    /**
     * @param ref   the day the text was written (an article's dateline)
     * @param tense the tense of the sentence it stands in, for weekdays and year-less dates
     */
    public static Optional<Timex> resolve(String text, LocalDate ref, Tense tense) {
        String s = clean(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return timexRange(s).or(() -> fiscal(s)).or(() -> dayWord(s, ref)).or(() -> deictic(s, ref))
                .or(() -> ago(s, ref)).or(() -> weekday(s, ref, tense)).or(() -> monthDay(s, ref, tense))
                .or(() -> absolute(withRelativeYears(s, ref)).map(Timex::of))
                .or(() -> yearless(s, ref, tense).map(Timex::of))
                .map(t -> new Timex(t.value(), new Period(t.period().start(), t.period().end(), text.strip())));
    }

    private static String clean(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('\u2013', '-');
        String before;
        do {
            before = s;
            s = FILLER.matcher(s).replaceAll("").strip();
        } while (!s.equals(before));
        return s;
    }

    private static Optional<Period> absolute(String s) {
        try {
            return Optional.of(Periods.parse(s));
        } catch (UnreadablePeriodException e) {
            return Optional.empty();
        }
    }

    /** {@code 2012/2014}, {@code 2019-01/2019-04}: a TIMEX3 range of two values. */
    private static Optional<Timex> timexRange(String s) {
        Matcher m = TIMEX_RANGE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Period> first = absolute(m.group(1));
        Optional<Period> last = absolute(m.group(2));
        if (first.isEmpty() || last.isEmpty() || last.get().end().isBefore(first.get().start())) {
            return Optional.empty();
        }
        return Optional.of(new Timex(s.toUpperCase(Locale.ROOT), new Period(first.get().start(), last.get().end(), s)));
    }

    private static Optional<Timex> fiscal(String s) {
        Matcher m = FISCAL.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return Optional.of(new Timex("FY" + year, new Period(LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30), s)));
    }

    private static Optional<Timex> dayWord(String s, LocalDate ref) {
        Matcher m = DAY_WORD.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int offset = switch (m.group(1)) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        return Optional.of(day(ref.plusDays(s.startsWith("the day before") ? offset - 1 : offset)));
    }

    private static Optional<Timex> deictic(String s, LocalDate ref) {
        Matcher m = DEICTIC.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int step = switch (m.group(1)) {
            case "next", "coming" -> 1;
            case "last", "past" -> -1;
            default -> 0;
        };
        return Optional.of(unit(m.group(2), ref, step));
    }

    private static Optional<Timex> ago(String s, LocalDate ref) {
        Matcher m = AGO.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int count = NUMBERS.containsKey(m.group(1)) ? NUMBERS.get(m.group(1)) : Integer.parseInt(m.group(1));
        return Optional.of(unit(m.group(2), ref, -count));
    }

    /** The {@code unit} (day, week, month, quarter, year) {@code step} units away from the one holding {@code ref}. */
    private static Timex unit(String unit, LocalDate ref, int step) {
        return switch (unit) {
            case "day" -> day(ref.plusDays(step));
            case "week" -> {
                LocalDate monday = ref.with(DayOfWeek.MONDAY).plusWeeks(step);
                yield Timex.of(new Period(monday, monday.plusDays(6), ""));
            }
            case "month" -> {
                YearMonth month = YearMonth.from(ref).plusMonths(step);
                yield Timex.of(new Period(month.atDay(1), month.atEndOfMonth(), ""));
            }
            case "quarter" -> {
                LocalDate first = ref.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3L * step);
                yield Timex.of(new Period(first, first.plusMonths(3).minusDays(1), ""));
            }
            default -> {
                Year year = Year.from(ref).plusYears(step);
                yield Timex.of(new Period(year.atDay(1), year.atMonth(12).atEndOfMonth(), ""));
            }
        };
    }

    private static Optional<Timex> weekday(String s, LocalDate ref, Tense tense) {
        Matcher m = WEEKDAY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        LocalDate before = ref.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = ref.with(TemporalAdjusters.nextOrSame(day));
        LocalDate chosen = switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case UNKNOWN -> ref.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - ref.toEpochDay() ? before : after;
        };
        return Optional.of(day(chosen));
    }

    /** "Sept. 30", "30 September", "September 30, 2019". */
    private static Optional<Timex> monthDay(String s, LocalDate ref, Tense tense) {
        Matcher m = MONTH_DAY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean monthFirst = m.group(1) != null;
        int month = Periods.monthOf(monthFirst ? m.group(1) : m.group(5));
        int dayOfMonth = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
        String year = monthFirst ? m.group(3) : m.group(6);
        IntFunction<Optional<Period>> inYear = y -> YearMonth.of(y, month).isValidDay(dayOfMonth)
                ? Optional.of(new Period(LocalDate.of(y, month, dayOfMonth), LocalDate.of(y, month, dayOfMonth), ""))
                : Optional.empty();
        Optional<Period> period = year != null ? inYear.apply(Integer.parseInt(year)) : byTense(inYear, ref, tense);
        return period.map(Timex::of);
    }

    /** "the first half of next year" → "the first half of 2019" (for a reference date in 2018). */
    private static String withRelativeYears(String s, LocalDate ref) {
        Matcher m = RELATIVE_YEAR.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int step = switch (m.group(1)) {
                case "next", "coming" -> 1;
                case "last" -> -1;
                default -> 0;
            };
            m.appendReplacement(out, String.valueOf(ref.getYear() + step));
        }
        return m.appendTail(out).toString();
    }

    /** "December", "the third quarter", "the end of March": an absolute form once a year is added. */
    private static Optional<Period> yearless(String s, LocalDate ref, Tense tense) {
        if (YEAR.matcher(s).find()) {
            return Optional.empty();
        }
        return byTense(y -> absolute(s + " " + y), ref, tense);
    }

    /**
     * Of the periods a year-less expression names in the years around {@code ref}: in the past, the latest that
     * has begun by {@code ref}; in the future, the earliest that has not ended; otherwise the one in ref's year.
     */
    private static Optional<Period> byTense(IntFunction<Optional<Period>> inYear, LocalDate ref, Tense tense) {
        List<Period> candidates = new ArrayList<>();
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            inYear.apply(y).ifPresent(candidates::add);
        }
        return switch (tense) {
            case PAST -> candidates.stream().filter(p -> !p.start().isAfter(ref)).reduce((a, b) -> b);
            case FUTURE -> candidates.stream().filter(p -> !p.end().isBefore(ref)).findFirst();
            case UNKNOWN -> candidates.stream().filter(p -> p.start().getYear() == ref.getYear()
                    || p.end().getYear() == ref.getYear()).findFirst();
        };
    }

    private static Timex day(LocalDate day) {
        return Timex.of(new Period(day, day, ""));
    }
}
