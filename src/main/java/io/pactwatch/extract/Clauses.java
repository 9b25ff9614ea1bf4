package io.pactwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence where it coordinates two undertakings: "intend to work out mechanisms ..., and to hold joint
 * operations" and "the signing of a protocol ... and a plan for 2012-2014" each hold two commitments. The second
 * part is a continuation: it shares the first part's cue ("intend to", "the signing of").
 */
final class Clauses {

    /** A part of a sentence; {@code continuation} when it depends on the part before. */
    record Clause(String text, boolean continuation) {
    }

    private static final Pattern SPLIT = Pattern.compile(String.join("|",
            // "intend to work out mechanisms ..., and to hold joint operations"
            ",? and (?=to [a-z]+ )",
            // "will exchange information ... and will train officers"
            ",? and (?=(?:will|shall|would) [a-z]+ )",
            // "the signing of a protocol ... and a plan for 2012-2014", "the strategy ... and its action programme"
            ",? and (?=(?:a|an|its|their) (?:[\\w-]+ ){0,3}?" + CueClassifier.DOCUMENT + "\\b)",
            // "provides for joint training of specialists ... and the exchange of experience"
            ",? and (?=(?:the |a |an )?(?:joint |regular |mutual )?(?:[a-z]+(?:tion|ment|ance|ence)|exchange|training"
                    + "|holding|conduct) of )",
            // "the plan ... has been approved, including a command-staff training in Tajikistan"
            ", including (?=(?:a|an|the) )"));

    private Clauses() {
    }

    static List<Clause> of(String sentence) {
        List<Clause> clauses = new ArrayList<>();
        Matcher m = SPLIT.matcher(sentence);
        int start = 0;
        while (m.find()) {
            clauses.add(new Clause(sentence.substring(start, m.start()).strip(), start > 0));
            start = m.end();
        }
        clauses.add(new Clause(sentence.substring(start).strip(), start > 0));
        return clauses;
    }
}
