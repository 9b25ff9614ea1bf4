package io.pactwatch.period;

import io.pactwatch.model.Period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
 * Resolves the time expressions of news text against a reference date (the article's date) into TimeML TIMEX3
 * values and mods: "next year", "in December", "on Friday", "a year ago", "the third quarter", "Sept. 30",
 * "Monday, Oct. 26", "fiscal 1989", "early 2011" (2011, START), "late November", "the end of the year",
 * "post-1959" (1959, AFTER), "almost four years ago" (APPROX), seasons, holidays, decades, TIMEX3 values such as
 * {@code 2012/2014}, and every absolute form of {@link Periods}. Relative and partial forms are rewritten into
 * absolute ones and read by {@link Periods} where it has the form, so there is one grammar of periods.
 *
 * <p>Unlike {@link Periods#parse}, which the registry uses and which never guesses, this is for drafting: a
 * year-less expression takes the year its tense suggests (past: the latest one that has begun by the reference
 * date; future: the earliest that has not ended; unknown: the one in the reference year). Empty when the text is
 * not a time expression it knows.
 */
public final class RelativePeriods {

    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String UNITS = "day|week|month|quarter|year|decade";
    private static final String NUMBER_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    /** Deictic words and which way they point: this one, the one before, the one after. */
    private static final String DEICTIC_WORDS = "this|current|next|coming|following|last|past|previous";
    /** Qualifiers of a value and the TIMEX3 mod each stands for (the words HeidelTime's English resources map). */
    private static final Map<String, Mod> QUALIFIERS = Map.ofEntries(Map.entry("almost", Mod.APPROX),
            Map.entry("nearly", Mod.APPROX), Map.entry("about", Mod.APPROX), Map.entry("around", Mod.APPROX),
            Map.entry("approximately", Mod.APPROX), Map.entry("roughly", Mod.APPROX), Map.entry("some", Mod.APPROX),
            Map.entry("circa", Mod.APPROX), Map.entry("more than", Mod.MORE_THAN), Map.entry("over", Mod.MORE_THAN),
            Map.entry("less than", Mod.LESS_THAN), Map.entry("under", Mod.LESS_THAN), Map.entry("pre", Mod.BEFORE),
            Map.entry("post", Mod.AFTER));

    private static final Pattern TIMEX_RANGE = Pattern.compile("([0-9][0-9a-z-]*)/([0-9][0-9a-z-]*)");
    /** US federal fiscal year: FY1989 ran from 1 October 1988 to 30 September 1989 (31 U.S.C. 1102). */
    private static final Pattern FISCAL = Pattern.compile("(?:fiscal(?: year)?|fy) ?(\\d{4})");
    private static final Pattern DEICTIC_FISCAL = Pattern.compile("(" + DEICTIC_WORDS + ") fiscal(?: year)?");
    private static final Pattern DAY_WORD = Pattern.compile("(?:the day before )?(today|yesterday|tomorrow)");
    private static final Pattern DEICTIC = Pattern.compile("(" + DEICTIC_WORDS + ") (" + UNITS + ")");
    private static final Pattern BARE_UNIT = Pattern.compile("year|month|week|quarter|decade");
    private static final Pattern AGO = Pattern.compile("(\\d{1,4}|" + NUMBER_WORDS + ") (" + UNITS + ")s? (ago|earlier|from now)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:(?:late|early) )?(?:on )?(?:(last|next|this|this past|this coming) )?(" + WEEKDAYS + ")"
            + "(?: (?:morning|afternoon|evening|night))?");
    /** "1988's third quarter": the part of a year named with the year first. */
    private static final Pattern POSSESSIVE_YEAR = Pattern.compile("(\\d{4})'s (.+)");
    private static final Pattern YEAR_END = Pattern.compile("(?:the )?(?:year-end|end-year|year's end)(?: (\\d{4}))?");
    private static final Pattern WEEKEND = Pattern.compile("(?:(" + DEICTIC_WORDS + "|this past) )?weekend");
    private static final Pattern WEEKDAY_DATE = Pattern.compile("(" + WEEKDAYS + "),? (.+)");
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "\\b(?:(this|next|last|coming|current|previous) year|the year(?! \\d))\\b");
    private static final Pattern YEAR_WORD = Pattern.compile("year (\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile("(" + Periods.MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,? (\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + Periods.MONTHS + ")\\.?(?:,? (\\d{4}))?");
    private static final Pattern NAMED_MONTH = Pattern.compile("(" + DEICTIC_WORDS + ") (" + Periods.MONTHS + ")\\.?");
    private static final Pattern QUALIFIED = Pattern.compile("(almost|nearly|about|around|approximately|roughly"
            + "|some|circa|more than|less than|(?:over|under)(?= (?:\\d|" + NUMBER_WORDS + ") ))\\s+(.+)|(pre|post)-? ?(.+)");
    /** "early", "mid", "late" and "the beginning / middle / end of": a third of a span, or its end as a deadline. */
    private static final Pattern PART = Pattern.compile("(early|mid|late)(?:-| |(?=\\d))(.+)"
            + "|(beginning|start|middle|end) of (?:the )?(.+)");
    private static final Pattern SEASON = Pattern.compile("(?:(" + DEICTIC_WORDS + ") )?(spring|summer|autumn|fall"
            + "|winter)(?: (?:of )?(\\d{4}))?");
    private static final Pattern HOLIDAY = Pattern.compile("(?:(" + DEICTIC_WORDS + ") )?([a-z' ]+?)(?: (\\d{4}))?");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})0'?s|'(\\d)0'?s");
    private static final Pattern CENTURY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th) century");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern HYPHENED_PART = Pattern.compile("\\b(first|second|third|fourth)-(quarter|half)\\b");
    /** Signal words (TimeML SIGNALs, outside the expression) and trailing punctuation. */
    private static final Pattern FILLER = Pattern.compile(
            "^(?:in|during|for|of|the|by|until|till|since|from|at|before|after|throughout|over(?= the))\\s+|[.,;:]+$");

    /** Which one of a recurring period a deictic word picks, relative to the reference date. */
    private enum Step { LAST, THIS, NEXT }

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
        return read(s, ref, tense)
                .map(t -> t.with(new Period(t.period().start(), t.period().end(), text.strip())));
    }

    private static Optional<Timex> read(String s, LocalDate ref, Tense tense) {
        return qualified(s, ref, tense).or(() -> weekday(s, ref, tense)).or(() -> part(s, ref, tense))
                .or(() -> plain(s, ref, tense));
    }

    private static Optional<Timex> plain(String s, LocalDate ref, Tense tense) {
        return timexRange(s).or(() -> fiscal(s, ref)).or(() -> dayWord(s, ref)).or(() -> weekend(s, ref, tense))
                .or(() -> deictic(s, ref)).or(() -> ago(s, ref)).or(() -> decade(s, ref))
                .or(() -> season(s, ref, tense)).or(() -> holiday(s, ref, tense)).or(() -> weekdayDate(s, ref, tense))
                .or(() -> monthDay(s, ref, tense)).or(() -> namedMonth(s, ref))
                .or(() -> absolute(withRelativeYears(s, ref)).map(Timex::of))
                .or(() -> yearless(s, ref, tense));
    }

    private static String clean(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('\u2013', '-')
                .replace('\u2019', '\'');
        s = HYPHENED_PART.matcher(s).replaceAll("$1 $2");
        s = POSSESSIVE_YEAR.matcher(s).replaceAll("$2 of $1");
        s = YEAR_END.matcher(s).replaceAll(m -> "end of " + (m.group(1) != null ? m.group(1) : "the year"));
        String before;
        do {
            before = s;
            s = FILLER.matcher(s).replaceAll("").strip();
        } while (!s.equals(before));
        Matcher yearWord = YEAR_WORD.matcher(s);
        return yearWord.matches() ? yearWord.group(1) : s;
    }

    private static Optional<Period> absolute(String s) {
        try {
            return Optional.of(Periods.parse(s));
        } catch (UnreadablePeriodException e) {
            return Optional.empty();
        }
    }

    /** "almost four years ago", "more than a decade ago", "post-1959": the value of the rest, with a mod. */
    private static Optional<Timex> qualified(String s, LocalDate ref, Tense tense) {
        Matcher m = QUALIFIED.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        Mod mod = QUALIFIERS.get(m.group(1) != null ? m.group(1) : m.group(3));
        String rest = m.group(1) != null ? m.group(2) : m.group(4);
        return read(rest, ref, tense).filter(t -> t.mod() == Mod.NONE).map(t -> t.with(mod));
    }

    /**
     * "early 2011", "late November", "mid-1990s", "the end of the year": the value of the span with START, MID or
     * END, and as range that third of the span; "the end of" is read as a deadline, the whole span, as
     * {@link Periods} reads "by the end of 2019".
     */
    private static Optional<Timex> part(String s, LocalDate ref, Tense tense) {
        Matcher m = PART.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String word = m.group(1) != null ? m.group(1) : m.group(3);
        String rest = m.group(1) != null ? m.group(2) : m.group(4);
        Mod mod = switch (word) {
            case "early", "beginning", "start" -> Mod.START;
            case "mid", "middle" -> Mod.MID;
            default -> Mod.END;
        };
        boolean deadline = word.equals("end");
        return plain(rest, ref, tense).filter(t -> t.mod() == Mod.NONE)
                .map(t -> new Timex(t.value(), deadline ? t.period() : third(t.period(), mod), mod));
    }

    /** The first, middle or last third of a period, in whole years, months or days, whichever it is made of. */
    static Period third(Period p, Mod which) {
        LocalDate start = p.start();
        LocalDate after = p.end().plusDays(1);
        boolean wholeYears = start.getDayOfYear() == 1 && after.getDayOfYear() == 1;
        boolean wholeMonths = start.getDayOfMonth() == 1 && after.getDayOfMonth() == 1;
        ChronoUnit unit = wholeYears && ChronoUnit.YEARS.between(start, after) >= 3 ? ChronoUnit.YEARS
                : wholeMonths && ChronoUnit.MONTHS.between(start, after) >= 3 ? ChronoUnit.MONTHS : ChronoUnit.DAYS;
        long n = unit.between(start, after);
        long a = Math.max(1, n / 3);
        return switch (which) {
            case START -> new Period(start, start.plus(a, unit).minusDays(1), "");
            case END -> new Period(start.plus(n - a, unit), p.end(), "");
            default -> new Period(start.plus(a, unit), start.plus(Math.max(a + 1, n - a), unit).minusDays(1), "");
        };
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

    private static Optional<Timex> fiscal(String s, LocalDate ref) {
        Matcher m = FISCAL.matcher(s);
        if (m.matches()) {
            return Optional.of(fiscalYear(Integer.parseInt(m.group(1))));
        }
        Matcher d = DEICTIC_FISCAL.matcher(s);
        if (!d.matches()) {
            return Optional.empty();
        }
        int current = ref.getMonthValue() >= 10 ? ref.getYear() + 1 : ref.getYear();
        return Optional.of(fiscalYear(current + offset(step(d.group(1)))));
    }

    private static Timex fiscalYear(int year) {
        return new Timex("FY" + year, new Period(LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30), ""));
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

    /** "this weekend" (TIMEX3 {@code 2019-W04-WE}); a bare "the weekend" is the one before or after by tense. */
    private static Optional<Timex> weekend(String s, LocalDate ref, Tense tense) {
        Matcher m = WEEKEND.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate saturday = ref.with(DayOfWeek.SATURDAY);
        Step step = m.group(1) != null ? step(m.group(1))
                : tense == Tense.PAST && ref.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue() ? Step.LAST
                : Step.THIS;
        LocalDate chosen = saturday.plusWeeks(offset(step));
        LocalDate monday = chosen.with(DayOfWeek.MONDAY);
        return Optional.of(new Timex(Timex.valueOf(monday, monday.plusDays(6)) + "-WE",
                new Period(chosen, chosen.plusDays(1), "")));
    }

    private static Optional<Timex> deictic(String s, LocalDate ref) {
        if (BARE_UNIT.matcher(s).matches()) {
            return Optional.of(unit(s, ref, 0));
        }
        Matcher m = DEICTIC.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(unit(m.group(2), ref, offset(step(m.group(1)))));
    }

    private static Step step(String word) {
        return switch (word) {
            case "next", "coming", "following" -> Step.NEXT;
            case "last", "past", "previous", "this past" -> Step.LAST;
            default -> Step.THIS;
        };
    }

    private static int offset(Step step) {
        return step.ordinal() - Step.THIS.ordinal();
    }

    private static Optional<Timex> ago(String s, LocalDate ref) {
        Matcher m = AGO.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int count = NUMBERS.containsKey(m.group(1)) ? NUMBERS.get(m.group(1)) : Integer.parseInt(m.group(1));
        if (m.group(2).equals("decade")) {
            return Optional.of(unit("year", ref, m.group(3).equals("from now") ? 10 * count : -10 * count))
                    .map(t -> CalendarNames.decadeOf(t.period().start().getYear()));
        }
        return Optional.of(unit(m.group(2), ref, m.group(3).equals("from now") ? count : -count));
    }

    /** The {@code unit} (day, week, month, quarter, year, decade) {@code step} units away from the one holding ref. */
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
            case "decade" -> CalendarNames.decadeOf(ref.getYear() + 10 * step);
            default -> {
                Year year = Year.from(ref).plusYears(step);
                yield Timex.of(new Period(year.atDay(1), year.atMonth(12).atEndOfMonth(), ""));
            }
        };
    }

    /** "the 1990s", "the '90s" (the latest such decade that has begun by ref), "the 21st century". */
    private static Optional<Timex> decade(String s, LocalDate ref) {
        Matcher m = DECADE.matcher(s);
        if (m.matches()) {
            if (m.group(1) != null) {
                return Optional.of(CalendarNames.decadeOf(Integer.parseInt(m.group(1)) * 10));
            }
            int decade = Integer.parseInt(m.group(2)) * 10;
            int century = ref.getYear() / 100 * 100;
            return Optional.of(CalendarNames.decadeOf(century + decade <= ref.getYear() ? century + decade
                    : century - 100 + decade));
        }
        Matcher c = CENTURY.matcher(s);
        return c.matches() ? Optional.of(CalendarNames.century(Integer.parseInt(c.group(1)) - 1)) : Optional.empty();
    }

    private static Optional<Timex> season(String s, LocalDate ref, Tense tense) {
        Matcher m = SEASON.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String word = m.group(2);
        if (m.group(3) != null) {
            return Optional.of(CalendarNames.season(word, Integer.parseInt(m.group(3))));
        }
        IntFunction<Optional<Timex>> inYear = y -> Optional.of(CalendarNames.season(word, y));
        return m.group(1) != null ? pick(inYear, ref, step(m.group(1))) : byTense(inYear, ref, tense);
    }

    private static Optional<Timex> holiday(String s, LocalDate ref, Tense tense) {
        Matcher m = HOLIDAY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return CalendarNames.holiday(m.group(2)).flatMap(inYear -> {
            if (m.group(3) != null) {
                return Optional.of(inYear.apply(Integer.parseInt(m.group(3))));
            }
            IntFunction<Optional<Timex>> candidates = y -> Optional.of(inYear.apply(y));
            return m.group(1) != null ? pick(candidates, ref, step(m.group(1))) : byTense(candidates, ref, tense);
        });
    }

    private static Optional<Timex> weekday(String s, LocalDate ref, Tense tense) {
        Matcher m = WEEKDAY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        LocalDate before = ref.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = ref.with(TemporalAdjusters.nextOrSame(day));
        if (m.group(1) != null) {
            // "last Friday" and "next Tuesday" are never the reference day itself; "this Friday" is the one of its week
            return Optional.of(day(switch (m.group(1)) {
                case "last", "this past" -> ref.with(TemporalAdjusters.previous(day));
                case "next", "this coming" -> ref.with(TemporalAdjusters.next(day));
                default -> ref.with(day);
            }));
        }
        LocalDate chosen = switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            case UNKNOWN -> ref.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - ref.toEpochDay() ? before : after;
        };
        return Optional.of(day(chosen));
    }

    /** "Monday, Oct. 26": of the years around ref, the nearest in which the day falls on that weekday. */
    private static Optional<Timex> weekdayDate(String s, LocalDate ref, Tense tense) {
        Matcher m = WEEKDAY_DATE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        DayOfWeek weekday = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        Optional<Timex> byTense = monthDay(m.group(2), ref, tense);
        if (byTense.isEmpty() || YEAR.matcher(m.group(2)).find()) {
            return byTense;
        }
        List<Timex> fitting = new ArrayList<>();
        for (Tense each : Tense.values()) {
            monthDay(m.group(2), ref, each).filter(t -> t.period().start().getDayOfWeek() == weekday)
                    .ifPresent(fitting::add);
        }
        return fitting.stream().min(java.util.Comparator.comparingLong(
                t -> Math.abs(ChronoUnit.DAYS.between(ref, t.period().start())))).or(() -> byTense);
    }

    /** "Sept. 30", "30 September", "September 30, 2019", "the 10th of May". */
    private static Optional<Timex> monthDay(String s, LocalDate ref, Tense tense) {
        Matcher m = MONTH_DAY.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean monthFirst = m.group(1) != null;
        int month = Periods.monthOf(monthFirst ? m.group(1) : m.group(5));
        int dayOfMonth = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
        String year = monthFirst ? m.group(3) : m.group(6);
        IntFunction<Optional<Timex>> inYear = y -> YearMonth.of(y, month).isValidDay(dayOfMonth)
                ? Optional.of(day(LocalDate.of(y, month, dayOfMonth)))
                : Optional.empty();
        return year != null ? inYear.apply(Integer.parseInt(year)) : byTense(inYear, ref, tense);
    }

    /** "last June" (the latest June that ended before ref), "next March", "this June". */
    private static Optional<Timex> namedMonth(String s, LocalDate ref) {
        Matcher m = NAMED_MONTH.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Periods.monthOf(m.group(2));
        return pick(y -> Optional.of(Timex.of(monthPeriod(YearMonth.of(y, month)))), ref, step(m.group(1)));
    }

    private static Period monthPeriod(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth(), "");
    }

    /** "the first half of next year" → "the first half of 2019" (for a reference date in 2018). */
    private static String withRelativeYears(String s, LocalDate ref) {
        Matcher m = RELATIVE_YEAR.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int step = m.group(1) == null ? 0 : offset(step(m.group(1)));
            m.appendReplacement(out, String.valueOf(ref.getYear() + step));
        }
        return m.appendTail(out).toString();
    }

    /** "December", "the third quarter", "the end of March": an absolute form once a year is added. */
    private static Optional<Timex> yearless(String s, LocalDate ref, Tense tense) {
        if (YEAR.matcher(s).find()) {
            return Optional.empty();
        }
        return byTense(y -> absolute(s + " " + y).map(Timex::of), ref, tense);
    }

    /**
     * Of the periods a year-less expression names in the years around {@code ref}: in the past, the latest that
     * has begun by {@code ref}; in the future, the earliest that has not ended; otherwise the one in ref's year.
     */
    private static Optional<Timex> byTense(IntFunction<Optional<Timex>> inYear, LocalDate ref, Tense tense) {
        List<Timex> candidates = candidates(inYear, ref);
        return switch (tense) {
            case PAST -> candidates.stream().filter(t -> !t.period().start().isAfter(ref)).reduce((a, b) -> b);
            case FUTURE -> candidates.stream().filter(t -> !t.period().end().isBefore(ref)).findFirst();
            case UNKNOWN -> candidates.stream().filter(t -> t.period().start().getYear() == ref.getYear()
                    || t.period().end().getYear() == ref.getYear()).findFirst();
        };
    }

    /** Last: the latest that ended before ref; next: the earliest that starts after it; this: the one holding ref. */
    private static Optional<Timex> pick(IntFunction<Optional<Timex>> inYear, LocalDate ref, Step step) {
        List<Timex> candidates = candidates(inYear, ref);
        return switch (step) {
            case LAST -> candidates.stream().filter(t -> t.period().end().isBefore(ref)).reduce((a, b) -> b);
            case NEXT -> candidates.stream().filter(t -> t.period().start().isAfter(ref)).findFirst();
            case THIS -> candidates.stream().filter(t -> t.period().contains(ref)).findFirst()
                    .or(() -> candidates.stream().filter(t -> t.period().start().getYear() == ref.getYear()).findFirst());
        };
    }

    /** From two years back, since "last winter" said in January is the winter that began 13 months before. */
    private static List<Timex> candidates(IntFunction<Optional<Timex>> inYear, LocalDate ref) {
        List<Timex> candidates = new ArrayList<>();
        for (int y = ref.getYear() - 2; y <= ref.getYear() + 1; y++) {
            inYear.apply(y).ifPresent(candidates::add);
        }
        return candidates;
    }

    private static Timex day(LocalDate day) {
        return Timex.of(new Period(day, day, ""));
    }
}
