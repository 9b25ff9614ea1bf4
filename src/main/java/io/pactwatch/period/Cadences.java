package io.pactwatch.period;

import io.pactwatch.model.Cadence;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads how often a commitment recurs: "every 12 months", "annually", "twice a year". */
public final class Cadences {

    static final String ACCEPTED_FORMS = "every 12 months, every 2 weeks, every year, annually, "
            + "twice a year, quarterly, monthly, weekly";

    private static final Map<String, Cadence> WORDS = Map.of(
            "annually", new Cadence(1, ChronoUnit.YEARS, ""),
            "yearly", new Cadence(1, ChronoUnit.YEARS, ""),
            "twice a year", new Cadence(6, ChronoUnit.MONTHS, ""),
            "semi-annually", new Cadence(6, ChronoUnit.MONTHS, ""),
            "quarterly", new Cadence(3, ChronoUnit.MONTHS, ""),
            "monthly", new Cadence(1, ChronoUnit.MONTHS, ""),
            "weekly", new Cadence(1, ChronoUnit.WEEKS, ""));
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** At most four digits: a longer count is no recurrence anyone means, and would not fit an int. */
    private static final Pattern EVERY = Pattern.compile("every (?:(\\d{1,4}|[a-z]+) )?(day|week|month|year)s?");

    private Cadences() {
    }

    /** @throws UnreadablePeriodException quoting the text when it is not an accepted cadence */
    public static Cadence parse(String text) {
        String normal = text == null ? "" : WHITESPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        Cadence word = WORDS.get(normal);
        if (word != null) {
            return new Cadence(word.amount(), word.unit(), text.strip());
        }
        Matcher m = EVERY.matcher(normal);
        int amount = m.matches() ? amount(m.group(1)) : -1;
        if (amount <= 0) {
            throw new UnreadablePeriodException(
                    "cannot read \"" + text + "\" as a recurrence; accepted forms: " + ACCEPTED_FORMS);
        }
        ChronoUnit unit = ChronoUnit.valueOf(m.group(2).toUpperCase(Locale.ROOT) + "S");
        return new Cadence(amount, unit, text.strip());
    }

    private static int amount(String count) {
        if (count == null) {
            return 1;
        }
        return count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : NUMBER_WORDS.indexOf(count);
    }
}
