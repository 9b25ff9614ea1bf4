package io.pactwatch.extract;

/**
 * Ordinals written in words ("the twelfth meeting", "the twenty-second session"), for patterns that also accept
 * Roman numerals and "22nd": standing bodies number their meetings either way.
 */
final class Ordinals {

    private static final String UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";
    private static final String TEENS = "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
            + "|seventeenth|eighteenth|nineteenth";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String TENTHS = "twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth";

    /** Any ordinal from first to ninety-ninth, case-insensitive, as a regular-expression group. */
    static final String WORDS = "(?i:(?:" + TENS + ")[- ](?:" + UNITS + ")|" + TENTHS + "|" + TEENS + "|" + UNITS + ")";

    private Ordinals() {
    }
}
