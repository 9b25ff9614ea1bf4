package io.pactwatch.extract;

import io.pactwatch.extract.Seeds.Expected;
import io.pactwatch.extract.Seeds.Seed;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well the extractor finds what a careful reader finds in the five seed articles (issue 7): precision and
 * recall of commitments, and for the ones found, how often kind, parties, period and tentative agree. The
 * figures are printed and recorded in the README; recall and precision must stay at 0.8 or above.
 */
class ExtractionQualityTest {

    private static final double REQUIRED = 0.8;

    /** Running totals over the seeds. */
    private static final class Score {
        int expected;
        int drafts;
        int found;
        int kinds;
        int parties;
        int periods;
        int tentative;
        int dates;
        final List<String> missed = new ArrayList<>();
        final List<String> extra = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();

        double recall() {
            return (double) found / expected;
        }

        double precision() {
            return (double) found / drafts;
        }

        String share(int count) {
            return String.format("%d/%d = %.2f", count, found, (double) count / found);
        }
    }

    @Test
    void findsWhatACarefulReaderFindsInTheSeedArticles() {
        Score score = new Score();
        List<Draft> drafted = new ArrayList<>();
        for (Seed seed : Seeds.all()) {
            Extraction extraction = seed.extract();
            drafted.addAll(extraction.drafts());
            score.dates += extraction.published().equals(seed.published()) ? 1 : 0;
            if (!extraction.published().equals(seed.published())) {
                score.wrong.add(seed + ": date " + extraction.published() + ", expected " + seed.published());
            }
            compare(seed, extraction.drafts(), score);
        }
        print(score);
        printAgreementWithTheRegistry(drafted);

        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(REQUIRED);
    }

    private static void compare(Seed seed, List<Draft> drafts, Score score) {
        score.expected += seed.commitments().size();
        score.drafts += drafts.size();
        Set<Draft> matched = new HashSet<>();
        for (Expected expected : seed.commitments()) {
            Draft draft = drafts.stream().filter(d -> !matched.contains(d) && d.clause().contains(expected.match()))
                    .findFirst().orElse(null);
            if (draft == null) {
                score.missed.add(seed + ": " + expected.match());
                continue;
            }
            matched.add(draft);
            score.found++;
            check(seed, expected, draft, score);
        }
        drafts.stream().filter(d -> !matched.contains(d)).forEach(d -> score.extra.add(seed + ": " + d.clause()));
    }

    private static void check(Seed seed, Expected expected, Draft draft, Score score) {
        String where = seed + " \"" + expected.match() + "\": ";
        String due = draft.due() == null ? null : draft.due().period().range();
        count(score, draft.kind().label().equals(expected.kind()), where + "kind " + draft.kind().label(), 0);
        count(score, Set.copyOf(draft.parties()).equals(Set.copyOf(expected.parties())), where + "parties "
                + draft.parties(), 1);
        count(score, java.util.Objects.equals(due, expected.due()), where + "due " + due, 2);
        count(score, draft.tentative() == expected.tentative(), where + "tentative " + draft.tentative(), 3);
    }

    private static void count(Score score, boolean agrees, String otherwise, int which) {
        if (!agrees) {
            score.wrong.add(otherwise);
            return;
        }
        switch (which) {
            case 0 -> score.kinds++;
            case 1 -> score.parties++;
            case 2 -> score.periods++;
            default -> score.tentative++;
        }
    }

    /**
     * A second view, for the README: how many of the hand-written registry's commitments (commitments/, one per
     * promise rather than one per sentence) have their quote in a drafted sentence. Printed, not asserted.
     */
    private static void printAgreementWithTheRegistry(List<Draft> drafts) {
        List<io.pactwatch.model.Commitment> registry = io.pactwatch.registry.RegistryLoader
                .load(java.nio.file.Path.of("commitments")).commitments();
        long covered = registry.stream().filter(c -> drafts.stream()
                .anyMatch(d -> plain(d.quote()).contains(plain(c.quote())))).count();
        System.out.printf("  hand-written registry commitments whose quote is in a drafted sentence: %d/%d%n",
                covered, registry.size());
        registry.stream().filter(c -> drafts.stream().noneMatch(d -> plain(d.quote()).contains(plain(c.quote()))))
                .forEach(c -> System.out.println("  not drafted: " + c.id()));
    }

    private static String plain(String text) {
        return text.replaceAll("[\u201c\u201d\"]", "\"").replace('\u2019', '\'').replaceAll("\\s+", " ");
    }

    private static void print(Score s) {
        System.out.printf("extract on the seed articles: %d expected, %d drafted, %d found%n", s.expected, s.drafts, s.found);
        System.out.printf("  recall    %d/%d = %.2f%n", s.found, s.expected, s.recall());
        System.out.printf("  precision %d/%d = %.2f%n", s.found, s.drafts, s.precision());
        System.out.println("  of those found, exact: kind " + s.share(s.kinds) + ", parties " + s.share(s.parties)
                + ", period " + s.share(s.periods) + ", tentative " + s.share(s.tentative));
        System.out.println("  article dates right: " + s.dates + "/5");
        s.missed.forEach(m -> System.out.println("  missed: " + m));
        s.extra.forEach(m -> System.out.println("  extra:  " + m));
        s.wrong.forEach(m -> System.out.println("  wrong:  " + m));
    }
}
