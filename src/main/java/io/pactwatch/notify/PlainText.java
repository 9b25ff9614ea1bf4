package io.pactwatch.notify;

import java.util.regex.Pattern;

/**
 * Untrusted text (titles, quotes and notes come from articles and web forms) made safe for a text/plain part:
 * a CR/LF in a title must not start a line of its own that looks like Pactwatch wrote it, and bidirectional
 * overrides must not reorder what a reader sees (CVE-2021-42574, "Trojan Source").
 */
final class PlainText {

    /** C0/C1 controls (CR, LF, TAB, ESC...), line and paragraph separators, NEL: each becomes one space. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\u0085]+");
    /** Bidirectional embeddings, overrides, isolates and marks (Unicode TR 9): removed. */
    private static final Pattern BIDI = Pattern.compile("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");

    private PlainText() {
    }

    static String neutralised(String text) {
        return CONTROL.matcher(BIDI.matcher(text).replaceAll("")).replaceAll(" ");
    }
}
