package io.pactwatch.extract;

import io.pactwatch.model.Period;
import io.pactwatch.period.RelativePeriods;
import io.pactwatch.period.Tense;
import io.pactwatch.period.TimeExpressions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The year of a dateline that gives only month and day, read from the text (issue 7: "the latest year mentioned
 * that is consistent with the tense"). Among the years the text mentions and their neighbours, it takes the latest
 * in which every dated expression agrees with its sentence's tense (what was done has begun by the article's date,
 * what will be done has not ended) and the first weekday the report names ("said on Thursday") is the article's
 * day or the day before. When no such year is near the ones mentioned, or none is mentioned, it looks back from
 * today; the reason it gives then says how weak the evidence is.
 */
final class YearInference {

    /** The inferred date and why, for the draft's comment. */
    record Dated(LocalDate date, String reason) {
    }

    private record Mention(String text, Period period, Tense tense) {
    }

    private static final Pattern HAS_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** How far before the earliest year mentioned (or today, without any) a year is looked for when none near fits. */
    private static final int YEARS_BACK = 30;

    private YearInference() {
    }

    static Optional<Dated> infer(MonthDay monthDay, List<String> sentences, LocalDate today) {
        List<Mention> mentions = new ArrayList<>();
        Optional<DayOfWeek> weekday = Optional.empty();
        for (String sentence : sentences) {
            Tense tense = Tenses.of(sentence);
            for (TimeExpressions.Found found : TimeExpressions.find(sentence)) {
                if (weekday.isEmpty() && found.deictic()) {
                    weekday = weekdayIn(found.text());
                }
                if (!found.deictic() && HAS_YEAR.matcher(found.text()).find()) {
                    RelativePeriods.resolve(found.text(), today, tense)
                            .ifPresent(t -> mentions.add(new Mention(found.text(), t.period(), tense)));
                }
            }
        }
        List<LocalDate> candidates = consistent(near(mentions), monthDay, mentions, today);
        if (candidates.isEmpty()) {
            candidates = consistent(wide(mentions, today), monthDay, mentions, today);
        }
        Optional<DayOfWeek> day = weekday;
        List<LocalDate> onWeekday = candidates.stream().filter(date -> day.map(d -> fits(d, date)).orElse(true)).toList();
        List<LocalDate> chosen = onWeekday.isEmpty() ? candidates : onWeekday;
        Optional<DayOfWeek> used = onWeekday.isEmpty() ? Optional.empty() : day;
        return chosen.stream().reduce((a, b) -> b).map(date -> new Dated(date, reason(date, mentions, used)));
    }

    /** The years mentioned and their neighbours: an article's year is usually among them. */
    private static IntStream near(List<Mention> mentions) {
        return mentions.stream().flatMapToInt(m -> IntStream.of(m.period().start().getYear(), m.period().end().getYear()))
                .flatMap(y -> IntStream.rangeClosed(y - 1, y + 1)).distinct().sorted();
    }

    /** Every year from well before the earliest mentioned (or today) up to today. */
    private static IntStream wide(List<Mention> mentions, LocalDate today) {
        int earliest = mentions.stream().mapToInt(m -> m.period().start().getYear()).min().orElse(today.getYear());
        return IntStream.rangeClosed(earliest - YEARS_BACK, today.getYear());
    }

    private static List<LocalDate> consistent(IntStream years, MonthDay monthDay, List<Mention> mentions, LocalDate today) {
        return years.filter(monthDay::isValidYear).mapToObj(monthDay::atYear)
                .filter(date -> !date.isAfter(today))
                .filter(date -> mentions.stream().allMatch(m -> agrees(m, date)))
                .toList();
    }

    private static boolean agrees(Mention m, LocalDate date) {
        return switch (m.tense()) {
            case PAST -> !m.period().start().isAfter(date);
            case FUTURE -> !m.period().end().isBefore(date);
            case UNKNOWN -> true;
        };
    }

    /** News reports what happened on the day of the dateline or the day before. */
    private static boolean fits(DayOfWeek weekday, LocalDate date) {
        return date.getDayOfWeek() == weekday || date.minusDays(1).getDayOfWeek() == weekday;
    }

    private static Optional<DayOfWeek> weekdayIn(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (text.contains(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static String reason(LocalDate date, List<Mention> mentions, Optional<DayOfWeek> weekday) {
        StringBuilder why = new StringBuilder("the dateline gives no year; ").append(date.getYear())
                .append(" is the latest year");
        if (!mentions.isEmpty()) {
            why.append(" that agrees with ").append(mentions.stream()
                    .map(m -> "\"" + m.text() + "\" (" + m.tense().name().toLowerCase(Locale.ROOT) + ")")
                    .distinct().collect(Collectors.joining(", ")));
        }
        weekday.ifPresent(d -> why.append(mentions.isEmpty() ? "" : ",").append(" in which ")
                .append(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .append(", the first weekday named, is the dateline's day or the day before"));
        if (mentions.isEmpty()) {
            why.append(" up to today; the text names no year");
        }
        return why.toString();
    }
}
