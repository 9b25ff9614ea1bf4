package io.pactwatch.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * What an article's opening says about where and when it was written: "ANKARA, November 23. /TASS/." gives the
 * place, the month and day (the year is often left out) and the publisher; "date 2021-01-01",
 * "Updated: August 17, 2017" or "POLITICS 12:34 / 19.04.2022" give a whole date; "Thu, 12/09/2010" gives two
 * readings (9 December or 12 September) and a weekday that tells them apart.
 *
 * @param text      the dateline as written, for the draft's comment
 * @param monthDay  the month and day of a dateline without a year; empty when there is none
 * @param readings  the whole dates the dateline can stand for: one, or two for a day and month that could be
 *                  either way round; empty when it gives no year
 * @param weekday   the weekday the dateline names itself ("Thu, 12/09/2010")
 */
record Dateline(String text, Optional<String> place, Optional<MonthDay> monthDay, List<LocalDate> readings,
                Optional<DayOfWeek> weekday, Optional<String> publisher) {

    static final Dateline NONE = new Dateline("", Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty());

    Dateline {
        readings = List.copyOf(readings);
    }

    /** The readings that agree with the weekday the dateline names, if it names one. */
    List<LocalDate> agreeing() {
        return readings.stream().filter(d -> weekday.map(w -> d.getDayOfWeek() == w).orElse(true)).toList();
    }

    Dateline withPublisher(Optional<String> other) {
        return new Dateline(text, place, monthDay, readings, weekday, publisher.or(() -> other));
    }
}
