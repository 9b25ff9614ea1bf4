package io.pactwatch.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation set: the articles written for it and the five seed articles, each with its hand-written gold
 * file (src/test/resources/extract/eval/README.md).
 */
final class Seeds {

    static final Path EVAL = Path.of("src/test/resources/extract/eval");
    /** The latest date an article may have: a fixed "today", as the CLI's clock would give. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** One article of the set with its gold. */
    record Seed(Gold gold) {

        String text() {
            try {
                return Files.readString(gold.article());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Drafted as a user would: with --published when the gold says the text does not decide the date. */
        Extraction extract() {
            return new Extractor(Gazetteer.standard()).extract(gold.article(), text(),
                    gold.published().isPresent() ? Optional.empty() : Optional.of(gold.scoringDate()), TODAY);
        }

        @Override
        public String toString() {
            return gold.article().getFileName().toString();
        }
    }

    private Seeds() {
    }

    static List<Seed> all() {
        return Gold.readAll(EVAL).stream().map(Seed::new).toList();
    }
}
