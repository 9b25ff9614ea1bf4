package io.pactwatch.notify;

import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Notice;
import io.pactwatch.ledger.Silence;
import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One alert's way through the notifying pass: what the ledger knew of it, and each stage's answer about it. The
 * first stage that answers {@link Verdict#QUIET} decides that it is not told; the later stages still answer (a
 * silence is still named in {@code pactwatch alerts} when the repeat interval already kept the alert quiet), so
 * "why was this told, or not" has one answer per stage (docs/notifications.md, "History: why an alert was told").
 */
public final class AlertInPass {

    /** What one stage said: {@code TELL} (due to be told), {@code QUIET} (not told) or {@code PASS} (no objection). */
    public enum Verdict {
        TELL, QUIET, PASS
    }

    /** One stage's answer about this alert. */
    public record Answer(String stage, Verdict verdict, String reason) {
    }

    private final String fingerprint;
    private final Alert alert;
    private final LedgerEntry before;
    private final boolean firing;
    private final Optional<Commitment> commitment;
    private final List<Answer> answers = new ArrayList<>();
    private Notice.Kind kind;
    private String due;
    private final StringBuilder notes = new StringBuilder();
    private Silence silence;
    private boolean keepAck = true;

    /**
     * @param alert  the rule's alert when it fires now; the ledger's when it stopped firing
     * @param before the ledger's firing entry; null when the alert is new or fires again after it resolved
     * @param firing whether it fires in this evaluation (false: it stopped, and resolves)
     */
    AlertInPass(String fingerprint, Alert alert, LedgerEntry before, boolean firing,
                Optional<Commitment> commitment) {
        this.fingerprint = fingerprint;
        this.alert = alert;
        this.before = before;
        this.firing = firing;
        this.commitment = commitment;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Alert alert() {
        return alert;
    }

    /** The ledger's entry before the pass; null when the alert is new (or new again). */
    public LedgerEntry before() {
        return before;
    }

    public boolean firing() {
        return firing;
    }

    public Optional<Commitment> commitment() {
        return commitment;
    }

    /** Every stage's answer, in the order the stages ran. */
    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** The answer that decided: the first {@code QUIET}, else the {@code TELL}; empty before the decide stage. */
    public Optional<Answer> decisive() {
        return answers.stream().filter(a -> a.verdict() == Verdict.QUIET).findFirst()
                .or(() -> answers.stream().filter(a -> a.verdict() == Verdict.TELL).findFirst());
    }

    /** Whether the alert is told in this pass. */
    public boolean told() {
        return decisive().map(a -> a.verdict() == Verdict.TELL).orElse(false);
    }

    void tell(String stage, Notice.Kind kind, String reason) {
        this.kind = kind;
        this.due = reason;
        answers.add(new Answer(stage, Verdict.TELL, reason));
    }

    void quiet(String stage, String reason) {
        answers.add(new Answer(stage, Verdict.QUIET, reason));
    }

    void pass(String stage, String reason) {
        answers.add(new Answer(stage, Verdict.PASS, reason));
    }

    /** Added to the reason it is told for, e.g. " (above the acknowledged info)". */
    void note(String note) {
        notes.append(note);
    }

    void silencedBy(Silence silence) {
        this.silence = silence;
    }

    /** The acknowledgement in force ends (its severity was exceeded, or its date passed). */
    void dropAcknowledgement() {
        keepAck = false;
    }

    /** What the pass tells about this alert, when it is told. */
    Optional<Notice> notice(LocalDate asOf) {
        if (!told()) {
            return Optional.empty();
        }
        LocalDate firstSeen = before == null ? asOf : before.firstSeen();
        return Optional.of(firing ? new Notice(fingerprint, alert, kind, firstSeen, due)
                : new Notice(fingerprint, alert, Notice.Kind.RESOLVED, firstSeen, "resolved"));
    }

    /** The row the ledger is to hold after the pass, and the history row that says why. */
    Ledger.Decision decision(LocalDate asOf) {
        Answer decisive = decisive().orElseThrow(() -> new IllegalStateException("no stage decided " + fingerprint));
        if (!firing) {
            LedgerEntry resolved = new LedgerEntry(fingerprint, alert, false, before.firstSeen(), before.lastSeen(),
                    before.lastNotified(), before.notifiedSeverity(), asOf, null, null, before.ackBy(),
                    before.ackComment(), before.silencedBy(), before.ackAt());
            return new Ledger.Decision(resolved, new HistoryEntry(asOf, HistoryEntry.RESOLVED, decisive.reason()));
        }
        Optional<LedgerEntry> was = Optional.ofNullable(before);
        Optional<LedgerEntry> ack = was.filter(b -> b.ackSeverity() != null && keepAck);
        boolean told = decisive.verdict() == Verdict.TELL;
        LedgerEntry after = new LedgerEntry(fingerprint, alert, true,
                was.map(LedgerEntry::firstSeen).orElse(asOf), asOf,
                told ? asOf : was.map(LedgerEntry::lastNotified).orElse(null),
                told ? alert.severity() : was.map(LedgerEntry::notifiedSeverity).orElse(null), null,
                ack.map(LedgerEntry::ackSeverity).orElse(null), ack.map(LedgerEntry::ackUntil).orElse(null),
                ack.map(LedgerEntry::ackBy).orElse(null), ack.map(LedgerEntry::ackComment).orElse(null),
                silence == null ? null : silence.describe(), was.map(LedgerEntry::ackAt).orElse(null));
        if (told) {
            return new Ledger.Decision(after, new HistoryEntry(asOf, HistoryEntry.NOTIFY, due + notes));
        }
        // A day within the repeat interval follows from the row that told it (docs/notifications.md, "History: why an alert was told"):
        // writing it would add a row per firing alert and day.
        boolean implied = decisive.stage().equals(DecideStage.NAME);
        return new Ledger.Decision(after, implied ? null : new HistoryEntry(asOf, HistoryEntry.QUIET,
                decisive.reason()));
    }
}
