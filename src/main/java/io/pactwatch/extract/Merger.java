package io.pactwatch.extract;

import io.pactwatch.model.Kind;
import io.pactwatch.model.Period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Folds repeats into one draft: news says the same commitment again ("will launch a joint operation ... in
 * October"; "We will launch the operation in October"; "The operation in October will involve ..."). A later
 * draft is a repeat of an earlier one when they are of one kind, share a party, their periods agree (or one has
 * none), and the later one either refers back to a thing the earlier one names ("the operation", "this
 * roadmap") or says mostly the same words. "The next meeting", "a new agreement" are other commitments.
 */
final class Merger {

    private static final Pattern DEFINITE = Pattern.compile(
            "\\b(?i:the|this|that|these|such)\\s+((?:[\\w-]+\\s+){0,3}?)([a-z]{4,})\\b");
    private static final Pattern OTHER_ONE = Pattern.compile(
            "(?i)\\b(?:next|new|another|second|further|other|previous|following|upcoming|forthcoming|first|last)\\b");
    /** Who acts, not what is promised: "the sides", "the ministers" refer back to the parties, not the thing. */
    private static final Set<String> ACTORS = Set.of("side", "sides", "party", "parties", "countries", "country",
            "states", "state", "ministers", "minister", "ministry", "officials", "official", "participants", "members",
            "heads", "head", "delegations", "delegation", "services", "service", "agencies", "agency", "governments",
            "government", "police", "presidents", "president", "leaders", "representatives", "experts", "organisation",
            "organization", "field", "sphere", "area", "areas", "year", "years", "region", "border", "borders",
            "framework", "results", "fight", "issues", "matter", "importance", "need", "industry", "potential",
            "cooperation", "relations", "ties", "situation", "safety", "security", "work", "efforts", "process",
            "issue", "interest", "interests", "support", "basis", "development", "level");
    private static final Set<String> STOP_WORDS = Set.of("with", "that", "this", "they", "their", "will", "have",
            "been", "from", "also", "which", "would", "could", "should", "about", "into", "other", "said", "says",
            "them", "were", "there", "these", "those", "only", "well", "more", "most", "such", "than", "then", "over");
    /** "the next meeting", "a new agreement": another one of the kind, not the one before. */
    private static final Pattern ANOTHER = Pattern.compile("(?i)\\b(?:next|new|another|second|further|upcoming"
            + "|forthcoming|following)\\s+(?:[\\w-]+\\s+){0,2}?(?:meeting|session|round|summit|conference|talks|"
            + CueClassifier.DOCUMENT + "|operation|exercise|visit|consultations)\\b");
    private static final int STEM = 5;
    private static final double SAME_WORDS = 0.6;

    private Merger() {
    }

    static List<Draft> merge(List<Draft> drafts) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            Optional<Integer> into = Optional.empty();
            for (int i = kept.size() - 1; i >= 0 && into.isEmpty(); i--) {
                if (repeats(d, kept.get(i))) {
                    into = Optional.of(i);
                }
            }
            into.ifPresentOrElse(i -> kept.set(i, kept.get(i).absorbing(d)), () -> kept.add(d));
        }
        return kept;
    }

    static boolean repeats(Draft later, Draft earlier) {
        if (later.kind() != earlier.kind() || later.quote().equals(earlier.quote())
                || later.parties().stream().noneMatch(earlier.parties()::contains) || !agree(later, earlier)) {
            return false;
        }
        if (ANOTHER.matcher(later.clause()).find()) {
            return false;
        }
        // "other" gathers unlike promises: only its action named again ("open" → "the opening") or the same words
        String action = earlier.kind() == Kind.OTHER ? earlier.title().split("\\s+")[0] : earlier.clause();
        return refersBack(later.clause(), action) || sameWords(later.clause(), earlier.clause());
    }

    private static boolean agree(Draft a, Draft b) {
        if (a.due() == null || b.due() == null) {
            return true;
        }
        Period p = a.due().period();
        Period q = b.due().period();
        return p.start().equals(q.start()) && p.end().equals(q.end());
    }

    /** "The operation in October", "the roadmap covers": a definite noun the earlier clause names too. */
    private static boolean refersBack(String later, String earlier) {
        List<String> earlierWords = words(earlier);
        Matcher m = DEFINITE.matcher(later);
        while (m.find()) {
            String noun = m.group(2).toLowerCase(Locale.ROOT);
            if (!ACTORS.contains(noun) && !STOP_WORDS.contains(noun) && !OTHER_ONE.matcher(m.group(1)).find()
                    && earlierWords.stream().anyMatch(w -> w.startsWith(noun) || noun.startsWith(w))) {
                return true;
            }
        }
        return false;
    }

    /** Most of the shorter clause's words are in the longer one ("will hold special consultations", twice). */
    private static boolean sameWords(String a, String b) {
        Set<String> x = stems(a);
        Set<String> y = stems(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        long shared = x.stream().filter(y::contains).count();
        return (double) shared / Math.min(x.size(), y.size()) >= SAME_WORDS;
    }

    private static Set<String> stems(String text) {
        return words(text).stream().map(Merger::stem).collect(Collectors.toSet());
    }

    /** The words of four letters or more that say what is done, in lower case. */
    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 4 && !STOP_WORDS.contains(w) && !ACTORS.contains(w)).toList();
    }

    private static String stem(String word) {
        return word.length() > STEM ? word.substring(0, STEM) : word;
    }
}
