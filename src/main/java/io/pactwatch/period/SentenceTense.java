package io.pactwatch.period;

import java.util.regex.Pattern;

/**
 * The tense of a sentence of news, from its auxiliaries and markers: enough to tell which "Friday", "Oct. 23" or
 * "March" a sentence means (TimeML resolves such expressions by the tense of their sentence). A sentence that
 * speaks of the future anywhere is read as future, since a news sentence that mixes both ("said the ministers will
 * meet on Friday") dates its time expression in the reported, future part.
 */
public final class SentenceTense {

    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|shall|'ll|going to|scheduled|slated"
            + "|planned for|plans? to|intends? to|aims? to|is to|are to|expected to|due to|set to|set for|about to"
            + "|to be (?:held|signed|launched|opened|completed)|next|upcoming|forthcoming|tomorrow)\\b");
    /**
     * Auxiliaries, the irregular pasts common in news, and lower-case words in -ed ("conducted"), but not after a
     * form of "be" ("is expected").
     */
    private static final Pattern PAST = Pattern.compile("\\b(?:(?i:was|were|had|did|ago|yesterday|last)|said|told"
            + "|met|held|took|made|gave|went|began|spoke|saw|came|rose|fell|broke|grew|won|lost|struck|drew|led|left"
            + "|sent|spent|built|brought|bought|sought|thought|stood|wrote|became|ran|paid|shot|fought|hit|froze"
            + "|undertook|overtook|withdrew|chose|kept|felt|heard|found|knew|meant|sold|laid"
            + "|(?<!\\b(?:is|are|am|be|been|being) )[a-z]{2,}ed)\\b");

    private SentenceTense() {
    }

    /** PAST, FUTURE, or UNKNOWN when the sentence shows neither (present tense, headlines). */
    public static Tense of(String sentence) {
        if (FUTURE.matcher(sentence).find()) {
            return Tense.FUTURE;
        }
        return PAST.matcher(sentence).find() ? Tense.PAST : Tense.UNKNOWN;
    }
}
