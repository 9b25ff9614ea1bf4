package io.pactwatch.extract;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into paragraphs (at blank lines) and sentences. Sentence boundaries come from the JDK's
 * {@link BreakIterator}, which is good enough for news English except after abbreviations that end in a period
 * ("the U.S. Office", "Sept. 30"): a break there is undone.
 */
final class SentenceSplitter {

    /** Abbreviations after which a period does not end a sentence; and single initials ("J. Smith"). */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:U\\.S|U\\.K|U\\.N|E\\.U|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
                    + "|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|vs|etc|approx|incl|[A-Z])\\.)$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

    private SentenceSplitter() {
    }

    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            // (?U): a no-break space counts as a space too
            String clean = paragraph.replaceAll("(?U)\\s+", " ").strip();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return paragraphs;
    }

    static List<String> sentences(String paragraph) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(paragraph);
        List<String> sentences = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pending.append(paragraph, start, end);
            String sentence = pending.toString().strip();
            if (!ABBREVIATION.matcher(sentence).find() || end == paragraph.length()) {
                sentences.add(sentence);
                pending.setLength(0);
            }
        }
        return sentences;
    }
}
