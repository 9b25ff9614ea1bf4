package io.pactwatch.period;

import io.pactwatch.model.Period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The named parts of a year that are not months, quarters or halves: seasons (TIMEX3 {@code SP}, {@code SU},
 * {@code FA}, {@code WI}), holidays, decades and centuries, each as the TIMEX3 value and range it has in a given
 * year.
 */
final class CalendarNames {

    /**
     * Meteorological seasons of the northern hemisphere, where most of the news it reads is written; winter YYYY-WI
     * runs from December of YYYY into February (TimeML writes the winter that starts in 2011 as 2011-WI).
     */
    private static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "autumn", "FA",
            "fall", "FA", "winter", "WI");
    private static final Map<String, Integer> SEASON_FIRST_MONTH = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);

    /** Fixed-date holidays and the day each falls on. */
    private static final Map<String, MonthDay> FIXED_HOLIDAYS = Map.ofEntries(
            Map.entry("christmas", MonthDay.of(12, 25)), Map.entry("christmas day", MonthDay.of(12, 25)),
            Map.entry("christmas eve", MonthDay.of(12, 24)), Map.entry("new year", MonthDay.of(1, 1)),
            Map.entry("new year's", MonthDay.of(1, 1)), Map.entry("new year's day", MonthDay.of(1, 1)),
            Map.entry("new years day", MonthDay.of(1, 1)), Map.entry("new year's eve", MonthDay.of(12, 31)),
            Map.entry("new years eve", MonthDay.of(12, 31)));

    private CalendarNames() {
    }

    /** The season named {@code word} that starts in {@code year}. */
    static Timex season(String word, int year) {
        String code = SEASONS.get(word);
        LocalDate start = LocalDate.of(year, SEASON_FIRST_MONTH.get(code), 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        return new Timex(year + "-" + code, new Period(start, end, ""));
    }

    /** A function from year to the holiday {@code name} in that year; empty when it is not a holiday it knows. */
    static Optional<IntFunction<Timex>> holiday(String name) {
        MonthDay fixed = FIXED_HOLIDAYS.get(name);
        if (fixed != null) {
            return Optional.of(y -> day(fixed.atYear(y)));
        }
        return switch (name) {
            // US Thanksgiving: the fourth Thursday of November (5 U.S.C. 6103)
            case "thanksgiving", "thanksgiving day" -> Optional.of(y -> day(LocalDate.of(y, 11, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))));
            case "easter", "easter sunday" -> Optional.of(y -> day(easter(y)));
            default -> Optional.empty();
        };
    }

    /** Western Easter Sunday by the anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }

    /** The decade that holds {@code year}: TIMEX3 {@code 199} for the 1990s. */
    static Timex decadeOf(int year) {
        int first = Math.floorDiv(year, 10) * 10;
        return new Timex(String.valueOf(first / 10),
                new Period(LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31), ""));
    }

    /** The century whose years start with {@code digits} (TIMEX3 {@code 19}: 1900 to 1999, "the 20th century"). */
    static Timex century(int digits) {
        int first = digits * 100;
        return new Timex(String.valueOf(digits), new Period(LocalDate.of(first, 1, 1), LocalDate.of(first + 99, 12, 31), ""));
    }

    private static Timex day(LocalDate day) {
        return Timex.of(new Period(day, day, ""));
    }
}
