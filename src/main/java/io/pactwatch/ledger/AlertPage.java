package io.pactwatch.ledger;

import io.pactwatch.model.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the alerts an {@link AlertQuery} matches, firing first, then most severe, earliest date, commitment
 * and rule (the reading order); the total before paging; and the matches by severity before the severity filter
 * (so that the attention page can show every severity's count while one is chosen).
 */
public record AlertPage(List<LedgerEntry> entries, int total, Map<Severity, Integer> bySeverity) {

    public AlertPage {
        entries = List.copyOf(entries);
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, bySeverity.getOrDefault(s, 0));
        }
        bySeverity = Map.copyOf(counts);
    }

    static AlertPage empty() {
        return new AlertPage(List.of(), 0, Map.of());
    }
}
