package io.pactwatch.model;

import java.time.LocalDate;

/** Where commitments were announced: an article's headline, publisher and date. Any field may be null. */
public record Source(String title, String publisher, LocalDate published) {
}
