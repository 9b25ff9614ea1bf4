package io.pactwatch.period;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions in a sentence of news text, leftmost and longest first, for
 * {@link RelativePeriods#resolve} to read. Month and weekday names must be capitalised, so that the verb "may"
 * is not a month.
 */
public final class TimeExpressions {

    /** A time expression found in a text: its characters {@code start} to {@code end} (exclusive). */
    public record Found(String text, int start, int end, boolean deictic) {
    }

    private static final String YEAR = "(?<![\\d,.])(?:19|20)\\d{2}(?!\\d)";
    private static final String MONTH = "(?-i:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String ORDINAL = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";
    private static final String RELATIVE = "(?:this|next|last|past|coming|current|previous|following)";
    private static final String NUMBER = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)";
    private static final String YEAR_OR_RELATIVE = "(?:" + YEAR + "|" + RELATIVE + " year|the year(?! \\d))";
    /**
     * Seasons are common nouns ("the spring of hope"): only with a deictic word, after a preposition, or with a year.
     */
    private static final String SEASON_WORD = "(?:spring|summer|autumn|fall|winter)";
    private static final String SEASON = "(?:(?:the )?(?:spring|summer|autumn|winter)(?: of)? " + YEAR
            + "|(?:this|next|last|coming) " + SEASON_WORD
            + "|(?<=\\b(?:in|In|by|until|since|during) )(?:the )?" + SEASON_WORD + ")";

    /** Expressions that name the time of the report rather than of a promise: "today", "on Friday", "a year ago". */
    private static final Pattern DEICTIC_FORMS = Pattern.compile("(?i)(?:(?:late|early) )?(?:on )?" + WEEKDAY
            + "(?!,? " + MONTH + ").*|today|yesterday|tomorrow|.* ago|.*weekend");
    private static final String HOLIDAY = "(?:(?:last|next|this) )?(?-i:Christmas(?: Eve| Day)?|New Year's(?: Eve| Day)?"
            + "|New Year|Thanksgiving(?: Day)?|Easter)";

    private static final Pattern FORMS = Pattern.compile("(?i)\\b(?:"
            + String.join("|",
                    "(?:from |between )?" + YEAR + " ?(?:-|\u2013|\u2014|/|\\.\\.| to | and | through ) ?" + YEAR,
                    "(?:by |before )?(?:the )?(?:end|beginning|start|middle) of (?:the )?" + ORDINAL
                            + " (?:half|quarter)(?: of " + YEAR_OR_RELATIVE + ")?",
                    "(?:the )?" + ORDINAL + "[- ](?:half|quarter)(?: of " + YEAR_OR_RELATIVE + ")?",
                    "(?:by |before )?(?:the )?end of (?:" + MONTH + " " + YEAR + "|" + YEAR_OR_RELATIVE + ")",
                    "(?:by |before )?(?:the )?(?:end|beginning|start|middle) of (?:the )?(?:year|month|week|decade|"
                            + RELATIVE + " (?:year|month)|" + MONTH + "(?: " + YEAR + ")?(?! \\d)|" + YEAR + ")",
                    "(?:the )?(?:'\\d0s|\\d{1,2}(?:st|nd|rd|th) century|" + RELATIVE + " decade)",
                    "(?:the )?year " + YEAR,
                    "(?:pre|post)-" + YEAR,
                    HOLIDAY,
                    "(?:on )?" + WEEKDAY + ",? " + MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?:, " + YEAR + ")?",
                    "(?:the )?\\d{1,2}(?:st|nd|rd|th)? of " + MONTH + "(?: " + YEAR + ")?",
                    "Q[1-4] " + YEAR,
                    "(?:" + RELATIVE + "|this past|the) weekend",
                    "(?:the )?(?:early|mid-|late) ?(?:19|20)\\d0s",
                    "(?:the )?(?:19|20)\\d0s",
                    "(?:early|mid-?|late) ?" + YEAR,
                    "(?:early|mid-|late) (?:" + RELATIVE + " (?:year|month))",
                    "(?:early|mid-|late) ?" + MONTH + "(?! \\d)",
                    RELATIVE + " " + MONTH + "(?! \\d)",
                    "(?:the )?" + RELATIVE + " fiscal year",
                    SEASON,
                    MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?:, " + YEAR + ")?",
                    "\\d{1,2} " + MONTH + "(?: " + YEAR + ")?",
                    MONTH + " " + YEAR,
                    "(?<=\\b(?:in|In|since|until|by|for|before|after|from|during|through) )" + MONTH + "(?! \\d)",
                    "\\d{4}-\\d{2}-\\d{2}",
                    YEAR + "-(?:H[12]|Q[1-4]|\\d{2})(?!\\d)",
                    "fiscal (?:year )?" + YEAR,
                    "(?:the )?" + RELATIVE + " (?:year|month|quarter|week)",
                    "(?:(?:almost|nearly|about|around|some|more than|less than|over) )?" + NUMBER
                            + " (?:day|week|month|year|decade)s? (?:ago|earlier)",
                    NUMBER + " (?:day|week|month|year)s? from now",
                    "today|yesterday|tomorrow",
                    "(?:(?:late|early) )?(?:on )?" + WEEKDAY,
                    YEAR)
            + ")\\b");

    private TimeExpressions() {
    }

    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = FORMS.matcher(text);
        while (m.find()) {
            String match = m.group();
            found.add(new Found(match, m.start(), m.end(), DEICTIC_FORMS.matcher(match).matches()));
        }
        return found;
    }
}
