package io.pactwatch.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * What an article's opening says about where and when it was written: "ANKARA, November 23. /TASS/." gives the
 * place, the month and day (the year is often left out) and the publisher; "date 2021-01-01" gives a whole date.
 *
 * @param text      the dateline as written, for the draft's comment
 * @param monthDay  the month and day; empty when there is no dateline
 * @param year      the year when the dateline gives it
 */
record Dateline(String text, Optional<String> place, Optional<MonthDay> monthDay, Optional<Integer> year,
                Optional<String> publisher) {

    static final Dateline NONE = new Dateline("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    Optional<LocalDate> date() {
        return year.flatMap(y -> monthDay.filter(md -> md.isValidYear(y)).map(md -> md.atYear(y)));
    }
}
