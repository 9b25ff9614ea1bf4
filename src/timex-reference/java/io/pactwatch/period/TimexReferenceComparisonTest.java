package io.pactwatch.period;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Side by side in one run on the same cases (timex3-cases.tsv and timex3-fresh.tsv): HeidelTime 2.2.1 (GPL-3.0,
 * standalone, news, no POS tagger) against our normaliser; and our normaliser with the tense of SentenceTense against
 * the tense read from Apache OpenNLP's English POS tags. Each sentence is one news document dated with the case's
 * document date; HeidelTime's answer is the TIMEX3 it tags over the case's expression. Only with -Ptimex-reference;
 * the figures go to target/timex-reference/timex3-comparison.txt and to docs/extract.md.
 */
class TimexReferenceComparisonTest {

    private static final Pattern TIMEX3 = Pattern.compile("<TIMEX3 ([^>]*)>(.*?)</TIMEX3>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo");

    @Test
    void ourNormaliserIsRightAtLeastAsOftenAsHeidelTimeOnCasesItWasNotTunedTo() throws Exception {
        List<TimexCase> cases = Stream.of(TimexCase.CASES, TimexCase.FRESH).map(TimexCase::load)
                .flatMap(List::stream).toList();
        String config = Path.of(getClass().getResource("/heideltime/config.props").toURI()).toString();
        HeidelTimeStandalone heidelTime = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS,
                OutputType.TIMEML, config, POSTagger.NO);
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(resource("/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin")));
        POSTaggerME tagger = new POSTaggerME(new POSModel(resource("/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin")),
                POSTagFormat.PENN);

        Function<TimexCase, TimexCase.Answer> heidel = c -> heidelTime(heidelTime, c);
        Function<TimexCase, TimexCase.Answer> ours = c -> answer(RelativePeriods.resolve(c.expression(),
                c.documentDate(), SentenceTense.of(c.sentence())));
        Function<TimexCase, TimexCase.Answer> oursWithOpenNlpTense = c -> answer(RelativePeriods.resolve(
                c.expression(), c.documentDate(), openNlpTense(tokenizer, tagger, c.sentence())));
        Function<TimexCase, TimexCase.Answer> oursWithoutTense = c -> answer(RelativePeriods.resolve(c.expression(),
                c.documentDate(), Tense.UNKNOWN));

        String report = TimexCase.score("HeidelTime 2.2.1 (standalone, news, POSTagger.NO)", cases, heidel)
                + TimexCase.score("Pactwatch RelativePeriods, tense from SentenceTense", cases, ours)
                + TimexCase.score("Pactwatch RelativePeriods, tense from OpenNLP POS (en-ud-ewt 1.2)", cases,
                        oursWithOpenNlpTense)
                + TimexCase.score("Pactwatch RelativePeriods, tense unknown", cases, oursWithoutTense);
        Path out = Path.of("target/timex-reference/timex3-comparison.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);

        List<TimexCase> unseen = cases.stream().filter(c -> !c.split().equals("tune")).toList();
        long heidelRight = unseen.stream().filter(c -> c.rightBy(heidel.apply(c))).count();
        long oursRight = unseen.stream().filter(c -> c.rightBy(ours.apply(c))).count();
        assertThat(heidelRight).as("HeidelTime ran and tagged cases").isPositive();
        assertThat(oursRight).as("ours vs HeidelTime on held and fresh cases").isGreaterThanOrEqualTo(heidelRight);
    }

    private static InputStream resource(String name) {
        return java.util.Objects.requireNonNull(TimexReferenceComparisonTest.class.getResourceAsStream(name), name);
    }

    private static TimexCase.Answer answer(Optional<Timex> timex) {
        return timex.map(t -> new TimexCase.Answer(t.value(), t.mod().label())).orElse(TimexCase.Answer.NONE);
    }

    /**
     * Tense from Penn tags: a future modal (MD will/shall) is future, a past form (VBD, or VBN after have) past.
     * OpenNLP's Maven Central English model is trained on UD EWT and tags universal parts of speech, which its Penn
     * mapping turns into VB for every verb: it has no past tense to offer.
     */
    private static Tense openNlpTense(TokenizerME tokenizer, POSTaggerME tagger, String sentence) {
        String[] tokens = tokenizer.tokenize(sentence);
        String[] tags = tagger.tag(tokens);
        boolean past = false;
        for (int i = 0; i < tokens.length; i++) {
            if (tags[i].equals("MD") && FUTURE_MODALS.contains(tokens[i].toLowerCase(Locale.ROOT))) {
                return Tense.FUTURE;
            }
            past |= tags[i].equals("VBD") || tags[i].equals("VBN");
        }
        return past ? Tense.PAST : Tense.UNKNOWN;
    }

    /** The TIMEX3 whose text overlaps the expression most; NONE when HeidelTime tags nothing there. */
    private static TimexCase.Answer heidelTime(HeidelTimeStandalone heidelTime, TimexCase c) {
        String timeml;
        try {
            timeml = heidelTime.process(c.sentence(),
                    Date.from(c.documentDate().atStartOfDay(ZoneId.systemDefault()).toInstant()));
        } catch (DocumentCreationTimeMissingException e) {
            throw new IllegalStateException(e);
        }
        String expression = c.expression().toLowerCase(Locale.ROOT);
        TimexCase.Answer best = TimexCase.Answer.NONE;
        int bestOverlap = 0;
        Matcher m = TIMEX3.matcher(timeml);
        while (m.find()) {
            String text = m.group(2).toLowerCase(Locale.ROOT);
            int overlap = text.contains(expression) ? expression.length()
                    : expression.contains(text) ? text.length() : 0;
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                String value = "";
                String mod = "";
                Matcher a = ATTRIBUTE.matcher(m.group(1));
                while (a.find()) {
                    value = a.group(1).equals("value") ? a.group(2) : value;
                    mod = a.group(1).equals("mod") ? a.group(2) : mod;
                }
                best = new TimexCase.Answer(value, mod);
            }
        }
        return best;
    }
}
