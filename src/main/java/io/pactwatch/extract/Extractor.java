package io.pactwatch.extract;

import io.pactwatch.extract.ArticleReader.Article;
import io.pactwatch.extract.Clauses.Clause;
import io.pactwatch.extract.YearInference.Dated;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.period.SentenceTense;
import io.pactwatch.period.RelativePeriods;
import io.pactwatch.period.Tense;
import io.pactwatch.period.TimeExpressions;
import io.pactwatch.period.Timex;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a news article into draft commitments, rule by rule and without any model: sentences, clauses, cue
 * words, the gazetteer's parties and the period grammar. Every field it guesses carries a note for review.
 */
public final class Extractor {

    /**
     * A period after "signed in", "held in", "since", "dated" dates the past, not the commitment; one after
     * "earlier planned for" is the date a postponed commitment moved from.
     */
    private static final Pattern PAST_DATE_BEFORE = Pattern.compile("(?i)(?:\\b[a-z]+ed in|\\bsince|\\bof|\\bdated"
            + "|\\b(?:initially|earlier|originally|previously|first) (?:planned|scheduled|set|due|slated|expected)"
            + "(?: for| in| to| on)?)\\s*$");
    /** "Interaction-2019", "Zapad-2021": a year in a name dates nothing. */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\p{L}-$");
    /** "the agreement dated June 17, 2004", "the treaty signed in 2002": a document of the past. */
    private static final Pattern DATED_DOCUMENT = Pattern.compile("(?i)\\bthe\\s+(?:[\\w-]+\\s+){0,3}?"
            + CueClassifier.DOCUMENT + "\\s+(?:dated|signed (?:in|on)|of)\\s+[^;.]{0,30}?(?:19|20)\\d{2}");
    private static final Pattern FORMER_DOCUMENT = Pattern.compile("(?i)\\b(?:previous|former|expired|old|earlier)\\s+"
            + "(?:[\\w-]+\\s+){0,2}?" + CueClassifier.DOCUMENT + "\\b");
    private static final Pattern CONTINUATION_START = Pattern.compile("^(?:to|and) ");

    private final Gazetteer gazetteer;

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param file      the article's file, named in problems
     * @param published the article's date when the caller knows it; else it is read from the dateline
     * @param today     the latest date the article can have
     * @throws InvalidInputException when the article's date can be neither read nor inferred
     */
    public Extraction extract(Path file, String text, Optional<LocalDate> published, LocalDate today) {
        Article article = ArticleReader.read(text);
        List<List<String>> paragraphs = article.body().stream().map(SentenceSplitter::sentences).toList();
        List<String> sentences = paragraphs.stream().flatMap(List::stream).toList();
        Dated date = date(file, article.dateline(), sentences, published, today);
        List<String> opening = Stream.concat(article.headline().stream(),
                paragraphs.isEmpty() ? Stream.empty() : paragraphs.get(0).stream()).toList();
        Parties parties = Parties.of(gazetteer, opening, sentences);
        List<DocumentPeriods.Placed> placed = new ArrayList<>();
        List<String> context = new ArrayList<>();
        Ids ids = new Ids();
        String previous = "";
        for (int i = 0; i < sentences.size(); i++) {
            placed.addAll(drafts(sentences.get(i), i, previous, date.date(), parties, ids, context));
            previous = sentences.get(i);
        }
        List<Draft> drafts = new ArrayList<>();
        for (Draft d : DocumentPeriods.in(sentences, date.date()).inherit(placed)) {
            pastFact(d, date.date()).ifPresentOrElse(context::add, () -> drafts.add(d));
        }
        return new Extraction(article.headline(), article.dateline().publisher(), date.date(), date.reason(),
                article.dateline().text(), Merger.merge(drafts), context.stream().distinct().toList());
    }

    /** Why a draft reports history rather than a commitment: its period is over, or its document is a former one. */
    private static Optional<String> pastFact(Draft d, LocalDate date) {
        if (d.due() != null && d.due().period().end().isBefore(date)) {
            return Optional.of("\"" + d.dueText() + "\" is over by " + date + ": \"" + d.clause() + "\"");
        }
        Matcher former = FORMER_DOCUMENT.matcher(d.clause());
        return former.find() ? Optional.of("\"" + former.group() + "\" is a document of the past: \"" + d.clause() + "\"")
                : Optional.empty();
    }

    private static Dated date(Path file, Dateline dateline, List<String> sentences, Optional<LocalDate> published,
                              LocalDate today) {
        if (published.isPresent()) {
            return new Dated(published.get(), "given with --published");
        }
        String ask = "; give the article's date with --published YYYY-MM-DD";
        List<LocalDate> readings = dateline.agreeing().stream().filter(d -> !d.isAfter(today)).toList();
        if (readings.size() == 1) {
            return new Dated(readings.get(0), dateline.readings().size() == 1 ? "as the dateline gives it"
                    : "\"" + dateline.text() + "\" read as " + readings.get(0) + ", the one reading that is a "
                    + readings.get(0).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        }
        if (!dateline.readings().isEmpty()) {
            throw refused(file, "the dateline \"" + dateline.text() + "\" can be " + dateline.readings().stream()
                    .map(LocalDate::toString).collect(java.util.stream.Collectors.joining(" or ")) + ask);
        }
        if (dateline.monthDay().isEmpty()) {
            throw refused(file, "no dateline with a date found (e.g. \"MOSCOW, January 24 (Itar-Tass)\" or "
                    + "\"Updated: August 17, 2017\")" + ask);
        }
        YearInference.Decision decision = YearInference.infer(dateline.monthDay().get(), sentences, today);
        return decision.dated().orElseThrow(() -> refused(file, "the dateline \"" + dateline.text()
                + "\" gives no year and the text does not decide it: " + decision.undecided() + ask));
    }

    private static InvalidInputException refused(Path file, String message) {
        return new InvalidInputException("article", List.of(Problem.at(file, 0, message)));
    }

    private List<DocumentPeriods.Placed> drafts(String sentence, int index, String previous, LocalDate date,
                                                Parties parties, Ids ids, List<String> context) {
        Tense tense = SentenceTense.of(sentence);
        List<DocumentPeriods.Placed> drafts = new ArrayList<>();
        Optional<Cue> carried = Optional.empty();
        for (Clause clause : Clauses.of(sentence)) {
            Optional<Cue> own = CueClassifier.classify(clause.text(), previous);
            Optional<Cue> cue = own.isPresent() || !clause.continuation() ? own : carried.map(c -> new Cue(
                    CueClassifier.kindIn(clause.text()).orElse(c.kind()),
                    c.tentative() || CueClassifier.tentative(clause.text()), c.evidence(),
                    CONTINUATION_START.matcher(CueClassifier.unquoted(clause.text())).replaceFirst("")));
            cue.ifPresent(c -> drafts.add(new DocumentPeriods.Placed(
                    draft(sentence, clause.text(), c, tense, date, parties, ids), index, clause.continuation())));
            history(clause.text()).forEach(h -> context.add(h + " is history, not a commitment: \"" + sentence + "\""));
            carried = cue;
        }
        return drafts;
    }

    private Draft draft(String sentence, String clause, Cue cue, Tense tense, LocalDate date, Parties parties, Ids ids) {
        Map<String, String> review = new LinkedHashMap<>();
        String title = Titles.of(cue.titleText());
        Parties.Found found = parties.in(clause);
        String id = ids.next(found.parties().stream().map(gazetteer::code).toList(), title);
        review.put("id", "made from the parties and the title");
        review.put("title", "the clause's words; say in a few words what is promised");
        review.put("kind", "from \"" + cue.evidence() + "\"");
        review.put("parties", "the article's parties " + found.parties().stream()
                .filter(parties.main()::contains).toList() + (found.named().isEmpty() ? ""
                : ", named in the sentence " + found.named()));
        if (!found.invited().isEmpty()) {
            review.put("invited", "named after an invitation");
        }
        Optional<Due> due = due(clause, date, tense);
        due.ifPresent(d -> review.put("due", "\"" + d.text() + "\" read as " + d.timex().value() + " ("
                + d.timex().period().range() + ") against " + date));
        if (cue.tentative()) {
            review.put("tentative", "hedged: \"" + CueClassifier.hedge(sentence).orElse("plan to") + "\"");
        }
        return new Draft(id, title, cue.kind(), found.parties(), found.invited(), due.map(Due::timex).orElse(null),
                due.map(Due::text).orElse(null), cue.tentative(), sentence, clause, review, List.of());
    }

    private record Due(String text, Timex timex) {
    }

    /** Documents of the past a clause names ("the agreement dated June 17, 2004"), for the draft's context. */
    private static List<String> history(String clause) {
        List<String> found = new ArrayList<>();
        Matcher m = DATED_DOCUMENT.matcher(clause);
        while (m.find()) {
            found.add("\"" + m.group() + "\"");
        }
        return found;
    }

    /** The first period in the clause that is not the time of the report or a date in the past. */
    private static Optional<Due> due(String clause, LocalDate date, Tense tense) {
        for (TimeExpressions.Found found : TimeExpressions.find(clause)) {
            if (found.deictic() || PAST_DATE_BEFORE.matcher(clause.substring(0, found.start())).find()
                    || NAME_BEFORE.matcher(clause.substring(0, found.start())).find()) {
                continue;
            }
            Optional<Timex> timex = RelativePeriods.resolve(found.text(), date, tense);
            if (timex.isPresent()) {
                return Optional.of(new Due(found.text(), timex.get()));
            }
        }
        return Optional.empty();
    }
}
