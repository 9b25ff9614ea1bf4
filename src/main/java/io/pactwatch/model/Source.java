package io.pactwatch.model;

import java.time.LocalDate;

/** Where commitments were announced: an article's headline, publisher and date. Any field may be null. */
@Doc("Where commitments were announced.")
public record Source(
        @Doc("The article's headline.") String title,
        @Doc("e.g. TASS.") String publisher,
        @Doc("Publication date.") LocalDate published) {
}
