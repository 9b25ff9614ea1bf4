package io.pactwatch.ledger;

import io.pactwatch.model.Severity;

import java.util.Set;

/**
 * Which alerts to read and which page of them: the attention page's filters (party, topic, rule, severity,
 * status), narrowed to commitments or one fingerprint when a page shows one commitment or acts on one alert.
 * Null means "any". Built with {@link #builder()}; the defaults are the API's: every status, the first page.
 *
 * @param party       commitments naming this party (as a party, not as invited)
 * @param topic       commitments with this topic
 * @param commitments only these commitment ids
 * @param fingerprint only this alert
 */
public record AlertQuery(String party, String topic, Set<String> commitments, String fingerprint, String rule,
                         Severity severity, Status status, int offset, int limit) {

    public static final Status DEFAULT_STATUS = Status.ALL;
    public static final int DEFAULT_LIMIT = 100;
    /** No page limit: what the CLI's full list asks of its own database. */
    public static final int EVERYTHING = Integer.MAX_VALUE;

    /** Which states an alert may be in to match: {@code active} is every firing alert, acknowledged or not. */
    public enum Status {
        ACTIVE, FIRING, ACKNOWLEDGED, SILENCED, RESOLVED, ALL
    }

    public AlertQuery {
        commitments = commitments == null ? null : Set.copyOf(commitments);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This query, with its filters, from {@code offset} for {@code limit} alerts. */
    public AlertQuery page(int offset, int limit) {
        return new AlertQuery(party, topic, commitments, fingerprint, rule, severity, status, offset, limit);
    }

    public static final class Builder {
        private String party;
        private String topic;
        private Set<String> commitments;
        private String fingerprint;
        private String rule;
        private Severity severity;
        private Status status = DEFAULT_STATUS;
        private int offset;
        private int limit = DEFAULT_LIMIT;

        private Builder() {
        }

        public Builder party(String party) {
            this.party = party;
            return this;
        }

        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        public Builder commitments(Set<String> commitments) {
            this.commitments = commitments;
            return this;
        }

        public Builder commitment(String commitment) {
            return commitments(Set.of(commitment));
        }

        public Builder fingerprint(String fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        public Builder rule(String rule) {
            this.rule = rule;
            return this;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        public Builder offset(int offset) {
            this.offset = offset;
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /** Every alert, on one page. */
        public Builder everything() {
            return offset(0).limit(EVERYTHING);
        }

        public AlertQuery build() {
            return new AlertQuery(party, topic, commitments, fingerprint, rule, severity, status, offset, limit);
        }
    }
}
