package io.pactwatch.model;

/**
 * Makes untrusted text (titles, quotes and notes from articles, file names, rule messages) safe to write where
 * there is no markup to escape it: a terminal, a problem line, the text/plain part of a digest. A line break
 * inside a value would forge a line of its own ("From: ...", a fake problem, a fake alert), so line and paragraph
 * separators, tabs and form feeds become a space. Other control characters (escape sequences that drive the
 * terminal) and the bidirectional formatting characters that reorder what is displayed ("Trojan Source",
 * CVE-2021-42574) become U+FFFD, visibly replaced.
 */
public final class PlainText {

    /** What a removed control or bidirectional formatting character is shown as. */
    public static final char REPLACEMENT = '\uFFFD';

    private PlainText() {
    }

    /** {@code text} with no line break, control or bidi formatting character; the same instance when it had none. */
    public static String neutral(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && replacement(text.charAt(first)) == 0) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = replacement(c);
            out.append(replacement == 0 ? c : replacement);
        }
        return out.toString();
    }

    /** What {@code c} becomes, or 0 when it stays. */
    private static char replacement(char c) {
        if (c >= ' ' && c < 0x7F) {
            return 0;
        }
        return switch (c) {
            case '\n', '\r', '\t', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> ' ';
            case '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067',
                 '\u2068', '\u2069' -> REPLACEMENT;
            default -> Character.getType(c) == Character.CONTROL ? REPLACEMENT : 0;
        };
    }
}
