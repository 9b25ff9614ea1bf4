package io.pactwatch.extract;

import io.pactwatch.model.Kind;
import io.pactwatch.period.SentenceTense;
import io.pactwatch.period.RelativePeriods;
import io.pactwatch.period.TimeExpressions;
import io.pactwatch.period.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods an article gives its documents ("the Strategy for 2021-2025", "the document, which will be valid
 * from 2015 to 2018", "the roadmap covers the years 2022-2024"), and the drafts that inherit one: a clause that
 * implements the document ("provides for", "under the protocol", "within the framework of the signed documents")
 * and the document itself when the period is given in another sentence ("The protocol will be valid ...").
 */
final class DocumentPeriods {

    /** A document's period: the document's noun ("protocol"), the period and the sentence it is given in. */
    record Stated(String noun, String text, Timex timex, int sentence) {
    }

    /** A draft and where it was read: the sentence's index and whether its clause continues the one before. */
    record Placed(Draft draft, int sentence, boolean continuation) {
    }

    private static final Pattern NOUN = Pattern.compile("(?i)\\b" + CueClassifier.DOCUMENT + "\\b");
    private static final Pattern IMPLEMENTS = Pattern.compile("(?i)\\b(?:provides? for|provided for|providing for"
            + "|envisages?|envisaged|stipulates?|foresees?|under the (?:[\\w-]+ ){0,3}?" + CueClassifier.DOCUMENT
            + "|within the framework of the (?:[\\w-]+ ){0,3}?" + CueClassifier.DOCUMENT
            + "|in the framework of the (?:[\\w-]+ ){0,3}?" + CueClassifier.DOCUMENT
            + "|as part of|in line with|pursuant to|including|in implementation of)\\b");
    private static final Pattern GENERIC = Pattern.compile("(?i)documents?");

    private final List<Stated> stated;

    private DocumentPeriods(List<Stated> stated) {
        this.stated = stated;
    }

    static DocumentPeriods in(List<String> sentences, LocalDate date) {
        List<Stated> stated = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            for (TimeExpressions.Found found : TimeExpressions.find(sentence)) {
                String before = sentence.substring(0, found.start());
                if (found.deictic() || YearInference.role(before, found.text(), SentenceTense.of(sentence))
                        != YearInference.Role.DOCUMENT) {
                    continue;
                }
                Optional<Timex> timex = RelativePeriods.resolve(found.text(), date, SentenceTense.of(sentence));
                Optional<String> noun = lastNoun(before);
                if (timex.isPresent() && noun.isPresent()) {
                    stated.add(new Stated(noun.get(), found.text(), timex.get(), i));
                }
            }
        }
        return new DocumentPeriods(stated);
    }

    /** Each draft without a period of its own that implements a document, or is one, with the document's period. */
    List<Draft> inherit(List<Placed> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Placed placed : drafts) {
            Draft d = placed.draft();
            Optional<Stated> from = d.due() != null ? Optional.empty() : source(placed);
            out.add(from.map(s -> d.withDue(s.timex(), s.text(), "no period in the clause; \"" + s.text()
                    + "\", the period of the " + s.noun() + " it " + (isDocument(d) ? "is" : "implements")
                    + ", read as " + s.timex().value())).orElse(d));
        }
        return out;
    }

    private Optional<Stated> source(Placed placed) {
        Draft d = placed.draft();
        if (IMPLEMENTS.matcher(d.quote()).find()) {
            return nearest(placed.sentence());
        }
        if (!isDocument(d)) {
            return Optional.empty();
        }
        Optional<Stated> sameSentence = stated.stream().filter(s -> s.sentence() == placed.sentence()).findFirst();
        if (placed.continuation() && sameSentence.isPresent()) {
            return sameSentence;
        }
        Optional<String> noun = lastNoun(d.clause());
        // "The protocol will be valid from 2011 to 2013" dates the protocol signed in an earlier sentence
        return noun.flatMap(n -> stated.stream().filter(s -> s.sentence() > placed.sentence())
                .filter(s -> singular(s.noun()).equals(singular(n)) || GENERIC.matcher(s.noun()).matches())
                .findFirst());
    }

    private Optional<Stated> nearest(int sentence) {
        Stated best = null;
        for (Stated s : stated) {
            if (s.sentence() <= sentence || best == null) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isDocument(Draft d) {
        return d.kind() == Kind.AGREEMENT || d.kind() == Kind.PLAN;
    }

    private static Optional<String> lastNoun(String text) {
        Matcher m = NOUN.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return Optional.ofNullable(last).map(n -> n.toLowerCase(Locale.ROOT));
    }

    private static String singular(String noun) {
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }
}
