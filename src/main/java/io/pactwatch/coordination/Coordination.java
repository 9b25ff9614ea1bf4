package io.pactwatch.coordination;

import io.pactwatch.ledger.AlertPage;
import io.pactwatch.ledger.AlertQuery;
import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Silence;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.notify.OutboxEntry;
import io.pactwatch.notify.Preview;
import io.pactwatch.progress.RecordedProgress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What coordinators and admins do to the alert ledger and the outbox: the one application service behind the CLI
 * ({@code alerts}, {@code ack}, {@code silence}, {@code outbox}, {@code preview}, {@code progress}), the web console and the JSON API. It knows
 * nothing of HTTP or of the command line; who asks is passed in as {@code by}. Bad input (an unknown fingerprint
 * or message id) is an {@link io.pactwatch.model.InvalidInputException} naming what to do.
 */
public interface Coordination {

    /**
     * One page of the alerts {@code query} matches, firing first, then in reading order, with the total and the
     * counts by severity: what the attention page, the API's alert list and the CLI read.
     */
    AlertPage alerts(AlertQuery query);

    /** Every alert in the ledger: firing first, then in reading order. */
    default List<LedgerEntry> alerts() {
        return alerts(AlertQuery.builder().everything().build()).entries();
    }

    /** Every alert of one commitment, firing or resolved, in reading order. */
    default List<LedgerEntry> alertsOf(String commitmentId) {
        return alerts(AlertQuery.builder().commitment(commitmentId).everything().build()).entries();
    }

    /** The alert with this fingerprint, firing or resolved, if the ledger has it. */
    default Optional<LedgerEntry> alert(String fingerprint) {
        return alerts(AlertQuery.builder().fingerprint(fingerprint).build()).entries().stream().findFirst();
    }

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

    /**
     * Records that something happened to a commitment, checked as the registry's progress is (known commitment,
     * not before its announcement). Recording a fact already stored (same commitment, kind and day) stores
     * nothing and returns the entry stored first, so that a second click is harmless.
     *
     * @param origin {@code web} or {@code cli}: where it was recorded
     * @return the stored entry, with its id (the one {@code progress clear --through} takes)
     * @throws io.pactwatch.model.InvalidInputException naming what is wrong, with the registry's wording
     */
    RecordedProgress recordProgress(String commitmentId, ProgressKind kind, LocalDate on, String note, String by,
                                    String origin);

    /**
     * One commitment's progress, from the files and recorded in Pactwatch, as the next evaluation counts it,
     * by date, each with its provenance.
     *
     * @throws io.pactwatch.model.InvalidInputException when the registry has no such commitment
     */
    List<RecordedProgress> progress(String commitmentId);

    /** Every progress entry recorded in Pactwatch and not yet cleared, oldest first (what export writes). */
    List<RecordedProgress> storedProgress();

    /**
     * Deletes the stored progress entries with an id up to {@code throughId} (exported and folded into the
     * files); returns how many.
     *
     * @param evenIfNotInFiles false: refuse, deleting nothing, when any of them is not in the registry files yet
     *                         (it would be lost); true: delete them anyway
     * @throws io.pactwatch.model.InvalidInputException naming the entries the files do not state yet
     */
    int clearProgress(long throughId, boolean evenIfNotInFiles);

    /**
     * The digests a notifying pass as of {@code asOf} would send, rendered and nothing stored or sent
     * ({@code pactwatch preview}).
     *
     * @param onlyTo when not null, only that recipient's digest
     */
    List<Preview.Rendered> preview(LocalDate asOf, String onlyTo);

    /** Deletes messages sent before {@code before}; returns how many. Unsent ones are never purged. */
    int purgeSent(Instant before);
}
