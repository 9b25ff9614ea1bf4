package io.pactwatch.period;

/**
 * The tense of the sentence a time expression stands in: "on Friday" is the Friday before the article's date in
 * a sentence about the past and the one after in a sentence about the future; UNKNOWN takes the nearest.
 */
public enum Tense {
    PAST, FUTURE, UNKNOWN
}
