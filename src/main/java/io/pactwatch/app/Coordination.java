package io.pactwatch.app;

import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Silence;
import io.pactwatch.notify.OutboxEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What coordinators and admins do to the alert ledger and the outbox: the one application service behind the CLI
 * ({@code alerts}, {@code ack}, {@code silence}, {@code outbox}), the web console and the JSON API. It knows
 * nothing of HTTP or of the command line; who asks is passed in as {@code by}. Bad input (an unknown fingerprint
 * or message id) is an {@link io.pactwatch.model.InvalidInputException} naming what to do.
 */
public interface Coordination {

    /** Every alert in the ledger: firing first, then in reading order. */
    List<LedgerEntry> alerts();

    /**
     * Each evaluation's decision about one alert, oldest first.
     *
     * @throws io.pactwatch.model.InvalidInputException when the ledger knows no such fingerprint
     */
    List<HistoryEntry> history(String fingerprint);

    /**
     * Acknowledges the firing alert with this fingerprint, or every firing alert of the commitment with this id.
     *
     * @param until null: until it resolves or its severity rises
     * @return the alerts acknowledged
     */
    List<LedgerEntry> acknowledge(String target, LocalDate until, String by, String comment);

    /** Mutes every alert of a commitment, a party or a topic through {@code until}; returns the silence. */
    Silence silence(Silence.Matcher matcher, String value, LocalDate until, String by, String comment);

    /** Every silence, oldest first. */
    List<Silence> silences();

    /** Every outbox message, newest first (without the message itself). */
    List<OutboxEntry> outbox();

    /**
     * Makes a dead or pending message due now, with its attempts reset.
     *
     * @throws io.pactwatch.model.InvalidInputException when there is no such dead or pending message
     */
    void retry(long messageId);

    /** Deletes messages sent before {@code before}; returns how many. Unsent ones are never purged. */
    int purgeSent(Instant before);
}
