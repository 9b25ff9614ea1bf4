package io.pactwatch.extract;

import io.pactwatch.model.Period;
import io.pactwatch.period.SentenceTense;
import io.pactwatch.period.RelativePeriods;
import io.pactwatch.period.Tense;
import io.pactwatch.period.TimeExpressions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The year of a dateline that gives only month and day, read from the text's own evidence. The candidates are
 * the years the text mentions and those around them (never after today); a weekday the report names ("said on
 * Thursday") keeps the years in which the dateline's day is that weekday or the day after it; then the year that
 * disagrees with the fewest dated mentions wins: what was done has begun by the article's date, what will be
 * done (or is due "by", "until" a date) has not ended, and a document's period ("the plan for 2012-2014") was
 * adopted in its first year or the year before or while it runs. When the text mentions no year, or several years
 * fit equally well, the evidence does not decide and the article is not dated: the caller asks for the date.
 */
final class YearInference {

    /** The inferred date and why, for the draft's comment. */
    record Dated(LocalDate date, String reason) {
    }

    /** The outcome: a date, or why none was chosen. */
    record Decision(Optional<Dated> dated, String undecided) {
    }

    /** How a dated mention constrains the article's date. */
    enum Role { PAST, FUTURE, DOCUMENT, ANY }

    private record Mention(String text, Period period, Role role) {

        boolean agrees(LocalDate date) {
            return switch (role) {
                case PAST -> !period.start().isAfter(date);
                case FUTURE -> !period.end().isBefore(date);
                case DOCUMENT -> date.getYear() >= period.start().getYear() - 1 && !period.end().isBefore(date);
                case ANY -> true;
            };
        }
    }

    private static final Pattern HAS_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|until|till|no later than|not later than|before)(?: the (?:end|middle|beginning|start) of)?(?: the)?\\s*$");
    private static final Pattern DEADLINE_START = Pattern.compile("(?i)(?:by|until|till|before)\\b");
    private static final Pattern HISTORY_BEFORE = Pattern.compile("(?i)\\b(?:since|dated|of|from)\\s*$");
    private static final Pattern DOCUMENT_BEFORE = Pattern.compile("(?i)\\b" + CueClassifier.DOCUMENT
            + "\\b[^.;]{0,60}?\\b(?:for(?: the (?:period|years))?|cover(?:s|ing)?(?: the (?:period|years))?|valid(?: from)?"
            + "|in force(?: from)?|runs? from)\\s*$");

    private YearInference() {
    }

    static Decision infer(MonthDay monthDay, List<String> sentences, LocalDate today) {
        List<Mention> mentions = new ArrayList<>();
        Optional<DayOfWeek> weekday = Optional.empty();
        for (String sentence : sentences) {
            Tense tense = SentenceTense.of(sentence);
            for (TimeExpressions.Found found : TimeExpressions.find(sentence)) {
                if (weekday.isEmpty() && found.deictic()) {
                    weekday = weekdayIn(found.text());
                }
                if (!found.deictic() && HAS_YEAR.matcher(found.text()).find()) {
                    Role role = role(sentence.substring(0, found.start()), found.text(), tense);
                    RelativePeriods.resolve(found.text(), today, tense)
                            .ifPresent(t -> mentions.add(new Mention(found.text(), t.period(), role)));
                }
            }
        }
        if (mentions.isEmpty()) {
            return new Decision(Optional.empty(), "the text names no year to infer it from");
        }
        int first = mentions.stream().mapToInt(m -> m.period().start().getYear()).min().orElseThrow() - 1;
        int last = Math.min(today.getYear(), mentions.stream().mapToInt(m -> m.period().end().getYear()).max()
                .orElseThrow() + 1);
        List<LocalDate> candidates = IntStream.rangeClosed(first, last).filter(monthDay::isValidYear)
                .mapToObj(monthDay::atYear).filter(d -> !d.isAfter(today)).toList();
        Optional<DayOfWeek> day = weekday;
        List<LocalDate> onWeekday = candidates.stream().filter(d -> day.map(w -> fits(w, d)).orElse(true)).toList();
        boolean weekdayUsed = day.isPresent() && !onWeekday.isEmpty();
        List<LocalDate> pool = onWeekday.isEmpty() ? candidates : onWeekday;
        int fewest = pool.stream().mapToInt(d -> disagreements(d, mentions)).min().orElse(Integer.MAX_VALUE);
        List<LocalDate> fewestDisagreeing = pool.stream().filter(d -> disagreements(d, mentions) == fewest).toList();
        // a report's weekday is more often the dateline's own day than the day before it
        List<LocalDate> sameDay = fewestDisagreeing.stream()
                .filter(d -> day.map(w -> d.getDayOfWeek() == w).orElse(false)).toList();
        List<LocalDate> best = (sameDay.isEmpty() ? fewestDisagreeing : sameDay).stream()
                .sorted(Comparator.naturalOrder()).toList();
        String evidence = evidence(mentions, weekdayUsed ? day : Optional.empty());
        if (best.size() != 1) {
            return new Decision(Optional.empty(), best.isEmpty() ? "no year up to today fits " + evidence
                    : "the years " + best.stream().map(d -> String.valueOf(d.getYear())).collect(Collectors.joining(", "))
                    + " fit " + evidence + " equally well");
        }
        LocalDate date = best.get(0);
        String against = mentions.stream().filter(m -> !m.agrees(date)).map(m -> "\"" + m.text() + "\"").distinct()
                .collect(Collectors.joining(", "));
        return new Decision(Optional.of(new Dated(date, "the dateline gives no year; " + date.getYear()
                + " is the one year from " + first + " to " + last + " that fits " + evidence
                + (against.isEmpty() ? "" : " best (not " + against + ")"))), "");
    }

    /** How the words before a dated mention make it constrain the article's date. */
    static Role role(String before, String expression, Tense tense) {
        if (DOCUMENT_BEFORE.matcher(before).find()) {
            return Role.DOCUMENT;
        }
        if (DEADLINE_BEFORE.matcher(before).find() || DEADLINE_START.matcher(expression).lookingAt()) {
            return Role.FUTURE;
        }
        if (HISTORY_BEFORE.matcher(before).find()) {
            return Role.PAST;
        }
        return switch (tense) {
            case PAST -> Role.PAST;
            case FUTURE -> Role.FUTURE;
            case UNKNOWN -> Role.ANY;
        };
    }

    private static int disagreements(LocalDate date, List<Mention> mentions) {
        return (int) mentions.stream().filter(m -> !m.agrees(date)).count();
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

    private static String evidence(List<Mention> mentions, Optional<DayOfWeek> weekday) {
        String dated = mentions.stream().map(m -> "\"" + m.text() + "\" (" + describe(m.role()) + ")").distinct()
                .collect(Collectors.joining(", "));
        return dated + weekday.map(d -> " and \"" + d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + "\" (the dateline's day or the day before)").orElse("");
    }

    private static String describe(Role role) {
        return switch (role) {
            case PAST -> "past";
            case FUTURE -> "to come";
            case DOCUMENT -> "a document's period";
            case ANY -> "tense unknown";
        };
    }
}
