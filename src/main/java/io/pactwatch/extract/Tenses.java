package io.pactwatch.extract;

import io.pactwatch.period.Tense;

import java.util.regex.Pattern;

/** The tense of a sentence, from its auxiliaries and markers: enough to tell which "Friday" or "December". */
final class Tenses {

    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|shall|'ll|going to|scheduled|slated"
            + "|planned for|plans? to|intends? to|is to|are to|expected to|due to|set to|about to|next|upcoming"
            + "|forthcoming|tomorrow)\\b");
    /** Auxiliaries, common irregular pasts, and lower-case words in -ed ("conducted"), but not after "is" ("is expected"). */
    private static final Pattern PAST = Pattern.compile("\\b(?:(?i:was|were|had|did|ago|yesterday|last)|said|told|met"
            + "|held|took|made|gave|went|began|spoke|saw|(?<!\\b(?:is|are|am|be|been|being) )[a-z]{2,}ed)\\b");

    private Tenses() {
    }

    static Tense of(String sentence) {
        if (FUTURE.matcher(sentence).find()) {
            return Tense.FUTURE;
        }
        return PAST.matcher(sentence).find() ? Tense.PAST : Tense.UNKNOWN;
    }
}
