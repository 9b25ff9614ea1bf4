package io.pactwatch.model;

import java.util.Locale;
import java.util.Optional;

/** How urgent an alert is; declared in ascending order so that {@code compareTo} ranks them. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public String label() {
        return Labels.of(this);
    }

    /** Parses {@code info}, {@code warning} or {@code critical} (any case). */
    public static Optional<Severity> parse(String text) {
        return Labels.parse(Severity.class, text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    }
}
