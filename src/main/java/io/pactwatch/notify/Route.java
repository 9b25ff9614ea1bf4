package io.pactwatch.notify;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Severity;

import java.util.List;
import java.util.Set;

/**
 * One entry of {@code routes:}. An alert matches when every given matcher does (a matcher with several values
 * matches any of them; {@code severity} is a minimum). A route without {@code match} is the default route.
 *
 * @param line            where the route is written, for messages
 * @param continueMatching {@code continue: true}: later routes may match the alert too (Alertmanager's continue)
 */
public record Route(int line, Match match, List<String> to, boolean continueMatching) {

    public Route {
        to = List.copyOf(to);
    }

    public boolean isDefault() {
        return match == null;
    }

    public boolean matches(Alert alert, Commitment commitment) {
        return match == null || match.matches(alert, commitment);
    }

    /** Empty sets match anything; {@code minSeverity} null matches any severity. */
    public record Match(Set<String> parties, Set<String> topics, Set<Kind> kinds, Set<String> rules,
                        Set<String> categories, Severity minSeverity) {

        public Match {
            parties = Set.copyOf(parties);
            topics = Set.copyOf(topics);
            kinds = Set.copyOf(kinds);
            rules = Set.copyOf(rules);
            categories = Set.copyOf(categories);
        }

        boolean matches(Alert alert, Commitment commitment) {
            return (parties.isEmpty() || commitment.parties().stream().anyMatch(parties::contains))
                    && (topics.isEmpty() || commitment.topics().stream().anyMatch(topics::contains))
                    && (kinds.isEmpty() || kinds.contains(commitment.kind()))
                    && (rules.isEmpty() || rules.contains(alert.rule()))
                    && (categories.isEmpty() || alert.category() != null && categories.contains(alert.category()))
                    && (minSeverity == null || alert.severity().compareTo(minSeverity) >= 0);
        }
    }
}
