package io.pactwatch.extract;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Period;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Scores the extractor against gold files: a draft matches a gold entry when their kinds agree, their due ranges
 * overlap (or neither has one) and they share a party; each entry and each draft is matched once, best agreement
 * first. Precision, recall and F1 count matches; field accuracy is over the matches (parties as a set, the due
 * range exactly or inside a gold range the words narrow, tentative), the kind over the pairs that agree on due and
 * a party whatever their kinds, and the article's date over the articles (a refusal is right when the gold refuses).
 */
public final class Scorer {

    /** Running totals and what went wrong, for the report. */
    public static final class Figures {
        int articles;
        int datesRight;
        int gold;
        int drafts;
        int matched;
        int partiesRight;
        int dueRight;
        int tentativeRight;
        int kindPairs;
        int kindsRight;
        final List<String> notes = new ArrayList<>();

        public double precision() {
            return ratio(matched, drafts);
        }

        public double recall() {
            return ratio(matched, gold);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double partiesAccuracy() {
            return ratio(partiesRight, matched);
        }

        public int articles() {
            return articles;
        }

        public int datesRight() {
            return datesRight;
        }

        public List<String> notes() {
            return List.copyOf(notes);
        }

        public void print(PrintWriter out) {
            out.printf("articles %d, gold commitments %d, drafts %d, matched %d%n", articles, gold, drafts, matched);
            out.printf("precision %s  recall %s  F1 %.2f%n", share(matched, drafts), share(matched, gold), f1());
            out.printf("article date right (or rightly refused) %s%n", share(datesRight, articles));
            out.printf("of the matched: parties %s, due %s, tentative %s%n", share(partiesRight, matched),
                    share(dueRight, matched), share(tentativeRight, matched));
            out.printf("kind, where due and a party agree %s%n", share(kindsRight, kindPairs));
            notes.forEach(n -> out.println("  " + n));
        }

        private static String share(int count, int of) {
            return String.format("%d/%d = %.2f", count, of, ratio(count, of));
        }

        private static double ratio(int count, int of) {
            return of == 0 ? 0 : (double) count / of;
        }
    }

    private record Pair(Gold.Entry gold, Draft draft, int agreement) {
    }

    private final Extractor extractor;
    private final LocalDate today;

    /** @param today the latest date an article may have, as for {@code extract} */
    public Scorer(Extractor extractor, LocalDate today) {
        this.extractor = extractor;
        this.today = today;
    }

    public Figures score(List<Gold> golds) {
        Figures figures = new Figures();
        for (Gold gold : golds) {
            score(gold, figures);
        }
        return figures;
    }

    private void score(Gold gold, Figures f) {
        String name = gold.file().getFileName().toString();
        String text = read(gold);
        Optional<Extraction> unaided;
        try {
            unaided = Optional.of(extractor.extract(gold.article(), text, Optional.empty(), today));
        } catch (InvalidInputException refused) {
            unaided = Optional.empty();
        }
        f.articles++;
        Optional<LocalDate> got = unaided.map(Extraction::published);
        if (got.equals(gold.published())) {
            f.datesRight++;
        } else {
            f.notes.add(name + ": date " + got.map(LocalDate::toString).orElse(Gold.REFUSED) + ", gold "
                    + gold.published().map(LocalDate::toString).orElse(Gold.REFUSED));
        }
        // a refused article is scored as the user would go on: with the date given by --published
        Extraction extraction = unaided.filter(e -> gold.published().isPresent()).orElseGet(() ->
                extractor.extract(gold.article(), text, Optional.of(gold.scoringDate()), today));
        List<Draft> drafts = extraction.drafts();
        f.gold += gold.commitments().size();
        f.drafts += drafts.size();
        List<Pair> matched = match(gold.commitments(), drafts, (g, d) -> g.kind() == d.kind());
        f.matched += matched.size();
        for (Pair p : matched) {
            boolean parties = Set.copyOf(p.draft().parties()).equals(p.gold().parties());
            boolean due = dueRight(p.gold(), p.draft());
            boolean tentative = p.gold().tentative() == p.draft().tentative();
            f.partiesRight += parties ? 1 : 0;
            f.dueRight += due ? 1 : 0;
            f.tentativeRight += tentative ? 1 : 0;
            String where = name + ":" + p.gold().line() + " " + p.gold().about() + ": ";
            if (!parties) {
                f.notes.add(where + "parties " + p.draft().parties() + ", gold " + p.gold().parties());
            }
            if (!due) {
                f.notes.add(where + "due " + range(p.draft()) + ", gold " + p.gold().due().map(Period::range).orElse("~"));
            }
            if (!tentative) {
                f.notes.add(where + "tentative " + p.draft().tentative());
            }
        }
        List<Pair> loose = match(gold.commitments(), drafts, (g, d) -> true);
        f.kindPairs += loose.size();
        for (Pair p : loose) {
            if (p.gold().kind() == p.draft().kind()) {
                f.kindsRight++;
            } else {
                f.notes.add(name + ":" + p.gold().line() + " " + p.gold().about() + ": kind " + p.draft().kind().label()
                        + ", gold " + p.gold().kind().label());
            }
        }
        Set<Gold.Entry> found = new HashSet<>();
        Set<Draft> used = new HashSet<>();
        matched.forEach(p -> {
            found.add(p.gold());
            used.add(p.draft());
        });
        gold.commitments().stream().filter(g -> !found.contains(g)).forEach(g -> f.notes.add(name + ":" + g.line()
                + " missed: " + g.kind().label() + " " + g.parties() + " " + g.due().map(Period::range).orElse("~")
                + " " + g.about()));
        drafts.stream().filter(d -> !used.contains(d)).forEach(d -> f.notes.add(name + " extra: " + d.kind().label()
                + " " + d.parties() + " " + range(d) + " \"" + d.clause() + "\""));
    }

    /** Compatible pairs, best agreement first, each entry and draft used once. */
    private static List<Pair> match(List<Gold.Entry> gold, List<Draft> drafts, BiPredicate<Gold.Entry, Draft> kind) {
        List<Pair> candidates = new ArrayList<>();
        for (Gold.Entry g : gold) {
            for (Draft d : drafts) {
                if (kind.test(g, d) && overlaps(g.due(), due(d)) && d.parties().stream().anyMatch(g.parties()::contains)) {
                    int agreement = (Set.copyOf(d.parties()).equals(g.parties()) ? 1 : 0) + (dueRight(g, d) ? 1 : 0)
                            + (g.tentative() == d.tentative() ? 1 : 0) + (g.kind() == d.kind() ? 1 : 0);
                    candidates.add(new Pair(g, d, agreement));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Pair::agreement).reversed());
        Set<Gold.Entry> takenGold = new HashSet<>();
        Set<Draft> takenDrafts = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Pair p : candidates) {
            if (!takenGold.contains(p.gold()) && !takenDrafts.contains(p.draft())) {
                takenGold.add(p.gold());
                takenDrafts.add(p.draft());
                pairs.add(p);
            }
        }
        return pairs;
    }

    static boolean overlaps(Optional<Period> a, Optional<Period> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return !a.get().end().isBefore(b.get().start()) && !b.get().end().isBefore(a.get().start());
    }

    /** Exactly the gold range, or inside it when the gold says the words narrow it ("late September"). */
    static boolean dueRight(Gold.Entry gold, Draft draft) {
        Optional<Period> got = due(draft);
        if (gold.due().isEmpty() || got.isEmpty()) {
            return gold.due().isEmpty() && got.isEmpty();
        }
        Period g = gold.due().get();
        Period d = got.get();
        boolean same = g.start().equals(d.start()) && g.end().equals(d.end());
        return same || gold.narrowed() && !d.start().isBefore(g.start()) && !d.end().isAfter(g.end());
    }

    private static Optional<Period> due(Draft d) {
        return Optional.ofNullable(d.due()).map(t -> t.period());
    }

    private static String range(Draft d) {
        return due(d).map(Period::range).orElse("~");
    }

    private static String read(Gold gold) {
        try {
            return Files.readString(gold.article());
        } catch (IOException e) {
            throw new InvalidInputException("gold", List.of(io.pactwatch.model.Problem.at(gold.article(), 0,
                    "cannot read the article: " + e.getMessage())));
        }
    }
}
