package io.pactwatch.ledger;

import java.time.LocalDate;

/** What one evaluation decided about one alert, and why: {@code pactwatch alerts --history}. */
public record HistoryEntry(LocalDate asOf, String decision, String reason) {

    public static final String NOTIFY = "notify";
    public static final String QUIET = "quiet";
    public static final String RESOLVED = "resolved";
    /** A notice that never reached its recipient (its message was refused as too large): told again. */
    public static final String UNTOLD = "untold";
}
