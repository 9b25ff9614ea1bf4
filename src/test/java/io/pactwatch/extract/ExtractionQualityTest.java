package io.pactwatch.extract;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well the extractor finds what an analyst records in the evaluation set (the articles written for it and
 * the five seeds; gold written by hand before the extractor ran on them). The figures are printed, recorded in
 * docs/extract.md, and held above the floors below so that a change that loses ground fails here; the rules are
 * not tuned to these texts' wording.
 */
class ExtractionQualityTest {

    private static final double RECALL_FLOOR = 0.8;
    private static final double PRECISION_FLOOR = 0.8;
    private static final double PARTIES_FLOOR = 0.85;
    private static final double DATES_FLOOR = 0.9;

    @Test
    void findsWhatAnAnalystRecordsInTheEvaluationSet() {
        Scorer.Figures figures = new Scorer(new Extractor(Gazetteer.standard()), Seeds.TODAY)
                .score(Gold.readAll(Seeds.EVAL));
        PrintWriter out = new PrintWriter(System.out, true);
        figures.print(out);

        assertThat(figures.recall()).as("recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(figures.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(figures.partiesAccuracy()).as("parties exact on matched drafts").isGreaterThanOrEqualTo(PARTIES_FLOOR);
        assertThat((double) figures.datesRight() / figures.articles()).as("article dates right")
                .isGreaterThanOrEqualTo(DATES_FLOOR);
    }
}
