package io.pactwatch.extract;

import java.util.regex.Pattern;

/** A draft's title: the clause's words from where the cue puts them, cut short, for a reviewer to improve. */
final class Titles {

    private static final Pattern LEADING_ASIDE = Pattern.compile(
            "^(?:(?:According to|In addition|Besides that|Besides|In particular|However|Today|In this respect)[^,]*,\\s*)+");
    /** Where a title may stop early: a clause boundary after its first few words. */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("(?:that|which|who|because|so|while|when)");
    /** What a cut leaves hanging: punctuation and little words ("... to take place in"). */
    private static final Pattern DANGLING_END = Pattern.compile(
            "(?:[\\s,;:.\u2026\u2014\u2013-]|\\b(?:in|of|on|at|to|by|for|with|from|and|or|the|a|an)\\b)+$");
    private static final int MAX_WORDS = 12;
    private static final int MIN_WORDS = 3;
    static final String NONE = "Commitment";

    private Titles() {
    }

    /** Without leading asides ("According to X,"), up to a clause boundary after a few words or a dozen words. */
    static String of(String text) {
        String[] words = LEADING_ASIDE.matcher(text.strip()).replaceFirst("").split("\\s+");
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
            if (i >= MIN_WORDS && CLAUSE_BOUNDARY.matcher(words[i]).matches()) {
                break;
            }
            title.append(i == 0 ? "" : " ").append(words[i]);
            if (i >= MIN_WORDS - 1 && words[i].endsWith(",")) {
                break;
            }
        }
        String clean = DANGLING_END.matcher(title.toString()).replaceAll("");
        return clean.isEmpty() ? NONE : Character.toUpperCase(clean.charAt(0)) + clean.substring(1);
    }
}
