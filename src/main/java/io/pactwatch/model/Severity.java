package io.pactwatch.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How urgent an alert is; declared in ascending order so that {@code compareTo} ranks them. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    /** The order people read severities in. */
    public static final List<Severity> MOST_SEVERE_FIRST = List.of(CRITICAL, WARNING, INFO);

    public String label() {
        return Labels.of(this);
    }

    /** Parses {@code info}, {@code warning} or {@code critical} (any case). */
    public static Optional<Severity> parse(String text) {
        return Labels.parse(Severity.class, text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    }
}
