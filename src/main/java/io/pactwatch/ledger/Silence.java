package io.pactwatch.ledger;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Labels;

import java.time.LocalDate;

/** Mutes every alert of a commitment, a party or a topic through {@code until} (inclusive). */
public record Silence(long id, Matcher matcher, String value, LocalDate until, String by, String comment) {

    public enum Matcher {
        COMMITMENT, PARTY, TOPIC;

        public String label() {
            return Labels.of(this);
        }
    }

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(until);
    }

    public boolean matches(Commitment commitment) {
        return switch (matcher) {
            case COMMITMENT -> commitment.id().equals(value);
            case PARTY -> commitment.parties().contains(value);
            case TOPIC -> commitment.topics().contains(value);
        };
    }

    /** "silence #3 (party Russia) until 2019-06-30". */
    public String describe() {
        return "silence #" + id + " (" + matcher.label() + " " + value + ") until " + until;
    }
}
