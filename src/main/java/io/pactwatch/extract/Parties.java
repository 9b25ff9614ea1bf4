package io.pactwatch.extract;

import io.pactwatch.extract.Gazetteer.Mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a clause's commitment binds. An article is about its main parties (named in the headline and the lead, and
 * the participants of a meeting it reports); a clause adds the parties it names itself. A state named as a place
 * ("in Syria", "precursors to Afghanistan") is no party; one named after "invite" is invited.
 */
final class Parties {

    /** The parties and invitees of one clause, and why. */
    record Found(List<String> parties, List<String> invited, List<String> named) {
    }

    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|into|to|across|within|near|throughout|via|at)(?: the)?\\s*$");
    /** "officers from CIS countries": those who come from a state take part; the state does not commit. */
    private static final Pattern FROM_BEFORE = Pattern.compile(
            "(?i)(?<!delegations|delegation|representatives|officials|heads|ministers)\\s+from(?: the)?\\s*$");
    /** "facilitated by the UN Office on Drugs and Crime": a helper, not a party. */
    private static final Pattern HELPER_BEFORE = Pattern.compile("(?i)\\b(?:facilitated|mediated|sponsored|supported"
            + "|funded|hosted|brokered|assisted)\\s+by(?: the)?\\s*$|\\bwith the (?:support|assistance|help|mediation)"
            + " of(?: the)?\\s*$");
    /** "the Special Envoy for Pakistan Affairs": a state in a job title. */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:Envoy|Representative|Coordinator|Commissioner"
            + "|Adviser|Advisor|Ambassador|Rapporteur)(?: [A-Z][a-z]+)*\\s+(?:for|to|on)(?: the)?\\s*$");
    /** ", a Thai official said.", "according to the Iranian ministry,": who speaks, not who commits. */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i),[^,]{0,80}\\b(?:said|says|told|reported|announced"
            + "|added|noted|stated|stressed|quoted)\\b[^,]{0,60}$|^according to [^,]{0,80},");
    private static final Pattern INVITE = Pattern.compile("(?i)\\binvit\\w*");
    private static final Pattern PARTICIPANTS = Pattern.compile(
            "(?i)\\b(?:attended by|with the participation of|delegations? (?:from|of))\\b");
    /** "the Syrian armed opposition", "Russian specialists": a demonym describing people or things, not a state. */
    private static final Pattern NOT_A_STATE_AFTER = Pattern.compile("^\\s+(?:armed |political )?(?:opposition|rebels?"
            + "|militants|crisis|conflict|war|refugees|citizens|people|nationals|tourists|specialists|experts"
            + "|businessmen|media|territory|border|official|officials|strategy|resolution|conventions?|Charter"
            + "|Security Council|sanctions|report)\\b");

    private final Gazetteer gazetteer;
    private final List<String> main;

    private Parties(Gazetteer gazetteer, List<String> main) {
        this.gazetteer = gazetteer;
        this.main = main;
    }

    /**
     * @param opening the headline and the lead paragraph
     * @param body    every sentence, searched for lists of participants
     */
    static Parties of(Gazetteer gazetteer, List<String> opening, List<String> body) {
        Set<String> main = new LinkedHashSet<>();
        opening.forEach(text -> main.addAll(actors(gazetteer, text)));
        body.stream().filter(s -> PARTICIPANTS.matcher(s).find()).forEach(s -> main.addAll(actors(gazetteer, s)));
        return new Parties(gazetteer, List.copyOf(main));
    }

    List<String> main() {
        return main;
    }

    Found in(String clause) {
        int invite = indexOfInvite(clause);
        Set<String> named = new LinkedHashSet<>();
        Set<String> invited = new LinkedHashSet<>();
        for (Mention mention : gazetteer.find(clause)) {
            if (mention.start() > invite) {
                invited.add(mention.entry().name());
            } else if (!notActing(clause, mention)) {
                named.add(mention.entry().name());
            }
        }
        Set<String> parties = new LinkedHashSet<>(main);
        parties.addAll(named);
        invited.removeAll(parties);
        return new Found(List.copyOf(parties), List.copyOf(invited), List.copyOf(named));
    }

    private static int indexOfInvite(String clause) {
        java.util.regex.Matcher m = INVITE.matcher(clause);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    private static List<String> actors(Gazetteer gazetteer, String text) {
        List<String> names = new ArrayList<>();
        for (Mention mention : gazetteer.find(text)) {
            if (!notActing(text, mention)) {
                names.add(mention.entry().name());
            }
        }
        return names;
    }

    /** A place, a description, a helper, a job title or who is quoted: named, but not committing. */
    private static boolean notActing(String text, Mention mention) {
        String before = text.substring(0, mention.start());
        return isPlace(text, mention) || describes(text, mention) || FROM_BEFORE.matcher(before).find()
                || HELPER_BEFORE.matcher(before).find() || TITLE_BEFORE.matcher(before).find()
                || inAttribution(text, mention);
    }

    private static boolean inAttribution(String text, Mention mention) {
        java.util.regex.Matcher m = ATTRIBUTION.matcher(text);
        while (m.find()) {
            if (mention.start() >= m.start() && mention.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean describes(String text, Mention mention) {
        return NOT_A_STATE_AFTER.matcher(text.substring(mention.end())).find();
    }

    private static boolean isPlace(String text, Mention mention) {
        return PLACE_BEFORE.matcher(text.substring(0, mention.start())).find();
    }
}
