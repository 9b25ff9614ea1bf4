package io.pactwatch.period;

import io.pactwatch.model.Period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A resolved time expression: its TimeML TIMEX3 value ({@code 2019-H1}, {@code 2012/2014}, {@code 2017-12},
 * {@code 2019-Q3}, {@code 2019-04-15}, {@code 2019}, {@code 2018-W47}, {@code 2018-W47-WE}, {@code 1998-SU},
 * {@code 199}, {@code FY1989}), its TIMEX3 {@code mod}, and the inclusive range it stands for. Ranges are written
 * TIMEX3-style as {@code FIRST/LAST} in the coarsest unit that fits. With START, MID or END the range is that third
 * of the value's span ("early 2011": January to April); with any other mod it is the value's own span.
 */
public record Timex(String value, Period period, Mod mod) {

    public Timex {
        java.util.Objects.requireNonNull(mod, "mod");
    }

    /** A value without a mod. */
    public Timex(String value, Period period) {
        this(value, period, Mod.NONE);
    }

    Timex with(Mod newMod) {
        return new Timex(value, period, newMod);
    }

    Timex with(Period newPeriod) {
        return new Timex(value, newPeriod, mod);
    }

    /** The value that names exactly {@code period}'s range. */
    public static Timex of(Period period) {
        return new Timex(valueOf(period.start(), period.end()), period);
    }

    static String valueOf(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return start.toString();
        }
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.equals(end.with(TemporalAdjusters.lastDayOfMonth()));
        if (!wholeMonths) {
            return isWeek(start, end) ? week(start) : start + "/" + end;
        }
        YearMonth first = YearMonth.from(start);
        YearMonth last = YearMonth.from(end);
        if (first.getMonthValue() == 1 && last.getMonthValue() == 12) {
            return first.getYear() == last.getYear() ? String.valueOf(first.getYear())
                    : first.getYear() + "/" + last.getYear();
        }
        long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (first.getYear() == last.getYear()) {
            if (months == 1) {
                return first.toString();
            }
            if (months == 3 && first.getMonthValue() % 3 == 1) {
                return first.getYear() + "-Q" + (first.getMonthValue() + 2) / 3;
            }
            if (months == 6 && first.getMonthValue() % 6 == 1) {
                return first.getYear() + "-H" + (first.getMonthValue() + 5) / 6;
            }
        }
        return first + "/" + last;
    }

    private static boolean isWeek(LocalDate start, LocalDate end) {
        return start.getDayOfWeek() == java.time.DayOfWeek.MONDAY && start.plusDays(6).equals(end);
    }

    private static String week(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
