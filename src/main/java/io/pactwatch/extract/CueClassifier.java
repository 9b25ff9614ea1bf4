package io.pactwatch.extract;

import io.pactwatch.model.Kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a clause announces something to be done, and of what kind, from cue words: intent verbs
 * ("agreed to", "plan to"), a future or readiness followed by an action ("will hold", "ready to share"),
 * scheduling, signing or terminating a document, a document with a period ("a plan for 2012-2014"), work under
 * way, an ongoing exchange, a standing body's numbered meeting. Statements of interest are not commitments.
 */
final class CueClassifier {

    static final String DOCUMENT = "(?:agreement|protocol|memorandum|treaty|accord|convention|plan|strategy"
            + "|programme|program|roadmap|road map|contract|deal|declaration|document)s?";
    private static final String ACTION = "(?:hold|holding|exchange|exchanging|share|sharing|provide|providing|sign"
            + "|signing|meet|visit|host|organi[sz]e|conduct|establish|set up|launch|adopt|draft|prepare|define"
            + "|work out|give|send|invite|create|open|build|implement|carry out|supply|deliver|train|hand over"
            + "|take part|participate|attend|extend|renew|resume|take place|be held|convene|be signed|be launched"
            + "|be adopted)";

    /** Where a draft's title starts: at the promised action, at the cue, or at the clause's subject. */
    private enum TitleFrom { ACTION, CUE, SUBJECT }

    private record CuePattern(Pattern pattern, TitleFrom titleFrom) {
    }

    private static final List<CuePattern> CUES = List.of(
            cue(TitleFrom.ACTION, "(?:agreed|agree|agrees|decided|decide|intend|intends|intended|plan|plans|planned"
                    + "|planning|pledged|pledge|undertook|undertake|undertaken|undertakes|promised|vowed|resolved"
                    + "|committed themselves|commit themselves)(?:,[^,]{1,100},|(?: [\\w\u2019']+){1,3}?)?"
                    + " to (?<action>[a-z]\\w*)"),
            // "agreed on establishing a hotline", "decided on the creation of a working group"
            cue(TitleFrom.ACTION, "(?:agreed|agree|agrees|decided|decide|decides)(?: on| upon) (?:the )?"
                    + "(?<action>[a-z]+(?:ing|tion|ment)\\b)"),
            cue(TitleFrom.ACTION, "(?:will|shall|'ll|would|could|ready to|readiness to|willing to|willingness to"
                    + "|going to|is to|are to|expected to|set to|due to|likely to|poised to|scheduled to)\\W+(?:\\w+\\W+){0,3}?(?<action>" + ACTION + ")"),
            cue(TitleFrom.SUBJECT, "(?:must|should) be [a-z]+ed"),
            cue(TitleFrom.SUBJECT, "(?:tentatively )?(?:scheduled|slated|planned|timed) (?:for|to)"
                    + "|(?:is|are|was|were) (?:set|due) for|(?:postponed|rescheduled|put off|delayed|moved|deferred)"
                    + " (?:until|till|to|for)"),
            cue(TitleFrom.CUE, "(?:next|upcoming|forthcoming) (?:meeting|summit|session|round|conference|visit|talks"
                    + "|consultations)"),
            cue(TitleFrom.CUE, "(?:signing of|signed|signs|sign|adoption of|adopted|concluded|ratified|ratification of"
                    + "|approved|approves|approve|approval of|endorsed)\\W+(?:\\w+\\W+){0,2}?" + DOCUMENT),
            cue(TitleFrom.CUE, "(?:terminat\\w*|withdr[ae]w\\w*|denounc\\w*|suspen\\w*)\\W+(?:\\w+\\W+){0,2}?" + DOCUMENT),
            cue(TitleFrom.CUE, DOCUMENT + "[^.;]{0,80}?\\b(?:for|covers?|covering|valid|in force|runs?|lasts?)\\b"
                    + "[^.;]{0,30}?(?:19|20)\\d{2}"),
            // what a document holds its parties to: "the protocol provides for the exchange of ..."
            cue(TitleFrom.ACTION, "(?:provides? for|provided for|providing for|envisages?|envisaged|stipulates?"
                    + "|foresees?)\\s+(?<action>\\w)"),
            cue(TitleFrom.SUBJECT, "(?:confirmed|reaffirmed|reiterated|agreed on|recognised|recognized) the need"
                    + " (?:for|to)"),
            cue(TitleFrom.SUBJECT, "under work|under way|underway|in the works|being (?:drafted|prepared|negotiated"
                    + "|developed|worked out)|under (?:development|negotiation|preparation)"),
            cue(TitleFrom.SUBJECT, "(?:have|has) been (?:exchanging|holding|conducting|functioning|operating|working"
                    + "|implementing|preparing|sharing|negotiating)"),
            cue(TitleFrom.CUE, "implementation of (?:the |a |an )?(?:\\w+\\W+){0,4}?(?:project|" + DOCUMENT + ")"),
            cue(TitleFrom.ACTION, "possibility of (?<action>\\w+ing)"),
            cue(TitleFrom.CUE, "invit(?:ed|es|e|ing|ation)"),
            cue(TitleFrom.CUE, "(?:unite|uniting|join|joining|combine|combining|pool|pooling|coordinate|coordinating)"
                    + "\\W+(?:their |our |its )?(?:efforts|forces)"));

    /** "the XXIII meeting of the Coordinating Council": a standing body that meets again and again. */
    private static final Pattern STANDING_BODY = Pattern.compile(
            "\\b(?:[IVXLC]+|\\d+(?:st|nd|rd|th)|" + Ordinals.WORDS + ")\\s+(?:meeting|session|sitting|round)\\s+of\\s+"
                    + "(?:the\\s+)?\\w");
    private static final Pattern SUBJECT_ACTION = Pattern.compile("(?i)be \\w+|take place|convene");
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:[A-Z][\\w-]* )+$");
    private static final Pattern INTEREST = Pattern.compile("(?i)\\b(?:interested in|interest in)\\b");
    private static final Pattern TENTATIVE = Pattern.compile(
            "\\b(?:(?i:tentative\\w*|possib\\w*|plans? to|planning to|perhaps|probably|likely|expected to)|may|might)\\b");

    /** "the meeting participants", "the council members": the kind word only describes who acts. */
    private static final String MODIFIER = "(?! participants| members| hall| site| platform)";
    /** Kind words, looked for from the cue on; the first one found names the kind. */
    private static final Map<Kind, Pattern> KINDS = Map.of(
            Kind.EVENT, kind("(?:conferences?|meet|meetings?|sessions?|summits?|visits?|consultations|talks|forums?|invit\\w*)"
                    + MODIFIER),
            Kind.BODY, kind("(?:set(?:ting)? up|establish\\w*|creat\\w*|form(?:ed|ing)?|launch\\w*)\\W+(?:\\w+\\W+){0,4}?"
                    + "(?:working group|expert group|task force|commission|committee|council|cell|secretariat|board)"
                    + MODIFIER + "|(?:working group|expert group|task force|commission|committee|cell)\\W+(?:\\w+\\W+){0,8}?"
                    + "(?:set up|established|created|formed|(?:has|have) been (?:functioning|operating|working))"),
            Kind.PLAN, kind("(?:plan|strategy|programme|program|roadmap)s?(?! to\\b)"),
            Kind.AGREEMENT, kind("agreements?|protocols?|memorand\\w+|treat(?:y|ies)|accords?|contracts?|deals?"),
            Kind.EXCHANGE, kind("exchang\\w*|shar(?:e|es|ing)|(?:give|provide|send)\\W+(?:\\w+\\W+){0,2}?information"
                    + "|hotlines?|communication (?:mechanism|channel|line)s?"),
            Kind.OPERATION, kind("operations?|raids?|exercises?|drills?|patrols|joint patrol\\w*|manoeuvres|maneuvers"
                    + "|controlled deliver(?:y|ies)"));
    private static final Pattern NEW_ONE = Pattern.compile("(?i)\\ba new one\\b");

    private CueClassifier() {
    }

    /**
     * @param previous the sentence before, whose document "a new one" refers to
     * @return the cue, or empty when the clause announces nothing to be done
     */
    static Optional<Cue> classify(String clause, String previous) {
        String text = unquoted(clause);
        Optional<Found> cue = firstCue(text);
        if (cue.isEmpty() || INTEREST.matcher(text.substring(0, cue.get().at().start())).find()) {
            return Optional.empty();
        }
        Matcher m = cue.get().at();
        int titleFrom = switch (cue.get().titleFrom()) {
            case ACTION -> m.start("action");
            case CUE -> withNameBefore(text, m.start());
            case SUBJECT -> afterThat(text, m.start());
        };
        // "the new roadmap will be adopted", "the session is to take place": the subject says what is promised
        boolean passive = cue.get().titleFrom() == TitleFrom.ACTION && SUBJECT_ACTION.matcher(m.group("action")).matches();
        return Optional.of(new Cue(kind(text, passive ? 0 : m.start(), previous), tentative(text), m.group(),
                text.substring(passive ? 0 : titleFrom)));
    }

    /** Back over the capitalised words of a name: "the Anti-Drug Strategy", "the XXIII meeting". */
    private static int withNameBefore(String text, int at) {
        Matcher name = NAME_BEFORE.matcher(text.substring(0, at));
        return name.find() ? name.start() : at;
    }

    /** "Russia believes that the safety recommendations should be ...": the subject follows the last "that". */
    private static int afterThat(String text, int at) {
        int that = text.lastIndexOf(" that ", at);
        return that < 0 ? 0 : that + " that ".length();
    }

    /** The clause without quotation marks (apostrophes stay): quotes interrupt the cue words ("intend ... to “work out"). */
    static String unquoted(String clause) {
        return clause.replaceAll("[\u201c\u201d\"]|(?<!\\p{L})[\u2018\u2019]|[\u2018\u2019](?!\\p{L})", "");
    }

    static boolean tentative(String text) {
        return hedge(text).isPresent();
    }

    /** The word that makes a clause tentative ("tentatively", "possibly", "plan to"), if any. */
    static Optional<String> hedge(String text) {
        Matcher m = TENTATIVE.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private record Found(Matcher at, TitleFrom titleFrom) {
    }

    private static Optional<Found> firstCue(String text) {
        Matcher standing = STANDING_BODY.matcher(text);
        if (standing.find()) {
            return Optional.of(new Found(standing, TitleFrom.CUE));
        }
        Found first = null;
        for (CuePattern cue : CUES) {
            Matcher m = cue.pattern().matcher(text);
            if (m.find() && (first == null || m.start() < first.at().start())) {
                first = new Found(m, cue.titleFrom());
            }
        }
        return Optional.ofNullable(first);
    }

    private static Kind kind(String text, int from, String previous) {
        if (STANDING_BODY.matcher(text).find()) {
            // a numbered meeting of a standing body is an event; the body is a commitment only when created
            return Kind.EVENT;
        }
        return firstKind(text.substring(from)).or(() -> firstKind(text))
                .or(() -> NEW_ONE.matcher(text).find() ? firstKind(previous) : Optional.empty())
                .orElse(Kind.OTHER);
    }

    /** The kind the first kind word of {@code text} names ("operations" → operation). */
    static Optional<Kind> kindIn(String text) {
        return firstKind(text);
    }

    private static Optional<Kind> firstKind(String text) {
        Kind best = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<Kind, Pattern> entry : KINDS.entrySet()) {
            Matcher m = entry.getValue().matcher(text);
            if (m.find() && m.start() < at) {
                at = m.start();
                best = entry.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    private static CuePattern cue(TitleFrom titleFrom, String regex) {
        return new CuePattern(Pattern.compile("(?i)\\b(?:" + regex + ")"), titleFrom);
    }

    private static Pattern kind(String regex) {
        return Pattern.compile("(?i)\\b(?:" + regex + ")\\b");
    }
}
