package io.pactwatch.period;

/**
 * The tense of the sentence a time expression stands in: "on Friday" is the Friday before the article's date in
 * a sentence about the past and the one after in a sentence about the future; UNKNOWN (a sentence in the present
 * tense, or one whose tense cannot be read; {@code period --tense present}) takes the nearest weekday and the month
 * or day of the reference year.
 */
public enum Tense {
    PAST, FUTURE, UNKNOWN
}
