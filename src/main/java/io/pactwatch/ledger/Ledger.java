package io.pactwatch.ledger;

import io.pactwatch.model.Alert;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Labels;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Severity;
import io.pactwatch.store.DatabaseSettings;
import io.pactwatch.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where alert state lives across evaluations: the alerts, their history, silences and acknowledgements. Storage
 * only: the notifying pass's stages decide what to tell (docs/architecture.md, "The notifying pass"); the ledger
 * gives them what it holds ({@link #begin}) and writes what they decided ({@link #write}). Every call works inside
 * the caller's transaction, so that the ledger update and the messages it causes commit together
 * (docs/architecture.md, the outbox's guarantees).
 */
public final class Ledger {

    /** Every column of {@code alert}, as {@link #entry} reads them. */
    static final String COLUMNS = "fingerprint, rule, commitment, due, severity, message, message_on, category, state,"
            + " first_seen, last_seen, last_notified, notified_severity, resolved_at, ack_severity, ack_until, ack_by,"
            + " ack_comment, silenced_by, ack_at";
    /** The alert's last history row, kept on its row (V10) so that a pass needs no look-up into the history. */
    static final String LAST_EVENT = "last_event_on, last_decision, last_reason";
    /** How long a pass waits for another one to finish. */
    public static final Duration PASS_LOCK_WAIT = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    private static final String FIRING = "firing";
    private static final String RESOLVED = "resolved";

    private final Clock clock;

    public Ledger(Clock clock) {
        this.clock = clock;
    }

    /**
     * Begins a pass's use of the ledger, in the pass's transaction: takes the pass lock, refuses an earlier day than
     * the ledger holds, forgets notices whose history did not reach the disk, and reads what the pass decides from
     * (every firing alert, the fingerprints of resolved ones, each firing alert's last history row, the silences
     * active on {@code asOf}), once.
     *
     * @throws InvalidInputException when the ledger already holds a later evaluation (running the pass for an
     *                               earlier day would rewrite history; {@code preview} shows any day)
     */
    public Snapshot begin(Connection db, LocalDate asOf) throws SQLException {
        lockPasses(db);
        LocalDate latest = guardOrder(db, asOf);
        long start = System.nanoTime();
        forgetUnrecordedNotices(db);
        LOG.debug("pass as of {}: the notice check took {} ms", asOf, (System.nanoTime() - start) / 1_000_000);
        Map<String, LedgerEntry> firing = new HashMap<>();
        Map<String, HistoryEntry> lastEvents = new HashMap<>();
        Sql.query(db, "select " + COLUMNS + ", " + LAST_EVENT + " from alert where state = ?", row -> {
            LedgerEntry entry = entry(row, latest);
            firing.put(entry.fingerprint(), entry);
            String decision = row.getString("last_decision");
            if (decision != null) {
                lastEvents.put(entry.fingerprint(), new HistoryEntry(Sql.date(row, "last_event_on"), decision,
                        row.getString("last_reason")));
            }
            return entry;
        }, FIRING);
        Set<String> resolved = new HashSet<>(Sql.query(db, "select fingerprint from alert where state = ?",
                row -> row.getString("fingerprint"), RESOLVED));
        List<Silence> silences = silences(db).stream().filter(s -> s.activeOn(asOf)).toList();
        return new Snapshot(latest, firing, resolved, lastEvents, silences);
    }

    /**
     * Writes a pass's decisions (the pass's one writer), in JDBC batches, skipping what changes nothing: an alert
     * row whose stored fields stay the same is not rewritten, and a quiet history row is written only when its
     * reason differs from the alert's last row (docs/notifications.md, "History: why an alert was told"), which the
     * alert row keeps ({@link #LAST_EVENT}). A message that changed alone does not make a row written: rules'
     * messages count days, so it would rewrite nearly every firing alert every day; a row written for any other
     * reason takes today's message and its day ({@code message_on}, V12), and readers show an older one with its
     * day ({@link #entry}; docs/architecture.md, "The notifying pass").
     * Records the evaluation of {@code asOf}.
     */
    public void write(Connection db, Snapshot before, LocalDate asOf, List<Decision> decisions) throws SQLException {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> resolves = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (Decision decision : decisions) {
            LedgerEntry after = decision.after();
            LedgerEntry was = before.firing().get(after.fingerprint());
            HistoryEntry last = was == null ? null : before.lastEvents().get(after.fingerprint());
            HistoryEntry event = decision.event();
            boolean unchangedQuiet = event != null && HistoryEntry.QUIET.equals(event.decision()) && last != null
                    && last.decision().equals(event.decision()) && last.reason().equals(event.reason());
            HistoryEntry written = event != null && !unchangedQuiet ? event : null;
            HistoryEntry lastAfter = written != null ? written : last;
            if (written != null) {
                events.add(new Object[] {after.fingerprint(), asOf, written.decision(), written.reason()});
            }
            Object[] lastColumns = lastAfter == null ? new Object[3]
                    : new Object[] {lastAfter.asOf(), lastAfter.decision(), lastAfter.reason()};
            if (was == null) {
                if (before.resolved().contains(after.fingerprint())) {
                    deletes.add(new Object[] {after.fingerprint()}); // a new spell replaces the resolved one
                }
                inserts.add(row(new Object[] {after.fingerprint(), after.alert().rule(), after.alert().commitment(),
                        after.alert().due(), label(after.alert().severity()), after.alert().message(), asOf,
                        after.alert().category(), FIRING, after.firstSeen(), asOf, after.lastNotified(),
                        label(after.notifiedSeverity()), label(after.ackSeverity()), after.ackUntil(), after.ackBy(),
                        after.ackComment(), after.silencedBy(), after.ackAt()}, lastColumns));
            } else if (!after.firing()) {
                resolves.add(row(new Object[] {RESOLVED, asOf, was.lastSeen()}, lastColumns,
                        new Object[] {after.fingerprint()}));
            } else if (!sameStored(was, after) || written != null) {
                updates.add(row(new Object[] {label(after.alert().severity()), after.alert().message(), asOf,
                        after.alert().category(), after.silencedBy(), after.lastNotified(),
                        label(after.notifiedSeverity()), label(after.ackSeverity()), after.ackUntil(), after.ackBy(),
                        after.ackComment()}, lastColumns, new Object[] {after.fingerprint()}));
            }
        }
        Sql.batch(db, "delete from alert where fingerprint = ?", deletes);
        Sql.batch(db, "insert into alert (" + COLUMNS + ", " + LAST_EVENT + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        Sql.batch(db, "update alert set severity = ?, message = ?, message_on = ?, category = ?, silenced_by = ?,"
                + " last_notified = ?, notified_severity = ?, ack_severity = ?, ack_until = ?, ack_by = ?,"
                + " ack_comment = ?, last_event_on = ?, last_decision = ?, last_reason = ? where fingerprint = ?",
                updates);
        // last_seen: the last day it fired, which is the ledger's previous evaluation
        Sql.batch(db, "update alert set state = ?, resolved_at = ?, last_seen = ?, ack_severity = null,"
                + " ack_until = null, last_event_on = ?, last_decision = ?, last_reason = ? where fingerprint = ?",
                resolves);
        Sql.batch(db, "insert into alert_event (fingerprint, as_of, decision, reason) values (?, ?, ?, ?)", events);
        Sql.update(db, "insert into evaluation (as_of, ran_at) values (?, ?) on conflict do nothing", asOf,
                clock.instant());
    }

    /** One batch row's parameters, in statement order. */
    private static Object[] row(Object[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
    }

    /**
     * Whether an update would store nothing new but the message ({@code last_seen} of a firing alert is not stored:
     * see entry; nor is a message that changed alone: see write).
     */
    private static boolean sameStored(LedgerEntry was, LedgerEntry after) {
        Alert a = was.alert();
        Alert b = after.alert();
        return a.severity() == b.severity() && Objects.equals(a.due(), b.due())
                && Objects.equals(a.category(), b.category()) && Objects.equals(was.silencedBy(), after.silencedBy())
                && Objects.equals(was.lastNotified(), after.lastNotified())
                && was.notifiedSeverity() == after.notifiedSeverity() && was.ackSeverity() == after.ackSeverity()
                && Objects.equals(was.ackUntil(), after.ackUntil()) && Objects.equals(was.ackBy(), after.ackBy())
                && Objects.equals(was.ackComment(), after.ackComment());
    }

    /**
     * What the ledger held when a pass began.
     *
     * @param latest     the latest evaluation's day; null before the first
     * @param firing     every firing alert, by fingerprint
     * @param resolved   the fingerprints of resolved alerts (a new spell replaces their row)
     * @param lastEvents each firing alert's last history row, by fingerprint
     * @param silences   the silences active on the pass's day
     */
    public record Snapshot(LocalDate latest, Map<String, LedgerEntry> firing, Set<String> resolved,
                           Map<String, HistoryEntry> lastEvents, List<Silence> silences) {
    }

    /**
     * One alert as a pass decided it: its row after the pass and the history row that says why.
     *
     * @param after the alert as the ledger is to hold it (not firing: resolved by this pass)
     * @param event null when the pass's decision follows from the alert's history already (a quiet day within
     *              the repeat interval of the day it was told)
     */
    public record Decision(LedgerEntry after, HistoryEntry event) {
    }

    /**
     * Waits for any other pass to finish (a daemon and a CLI pass on one shared database) and holds the others off
     * until this transaction ends: two passes deciding from the same ledger would both tell the same alerts.
     */
    private static void lockPasses(Connection db) throws SQLException {
        if (db.getMetaData().getURL().startsWith(DatabaseSettings.H2_PREFIX)) {
            // H2 gives up on a lock after one second by default; a pass on a large registry takes longer.
            Sql.update(db, "set lock_timeout " + PASS_LOCK_WAIT.toMillis());
        }
        Sql.query(db, "select id from pass_lock where id = 1 for update", row -> row.getInt("id"));
    }

    /**
     * An alert recorded as told on a day the history has no notice for is a decision whose pass did not fully
     * reach the disk (a crash while the database stored it; docs/operations-guarantees.md): it is told again,
     * as new, rather than never. A committed pass always writes both rows, so this changes nothing otherwise.
     */
    private static void forgetUnrecordedNotices(Connection db) throws SQLException {
        // One anti-join, then an update of what it found (nothing, after a committed pass): H2 ran the UPDATE ...
        // NOT EXISTS this replaces through alert_commitment, fetching each row at random, with a subquery per
        // alert; the join scans the table in order (docs/benchmarks.md, "The ledger side of the notifying pass").
        List<Object[]> unrecorded = Sql.query(db, "select a.fingerprint from alert a left join alert_event e"
                + " on e.fingerprint = a.fingerprint and e.as_of = a.last_notified and e.decision = ?"
                + " where a.last_notified is not null and e.fingerprint is null",
                row -> new Object[] {row.getString("fingerprint")}, HistoryEntry.NOTIFY);
        int forgotten = Sql.batch(db, "update alert set last_notified = null, notified_severity = null"
                + " where fingerprint = ?", unrecorded);
        if (forgotten > 0) {
            LOG.warn("{} alerts were recorded as told without the notice in their history (a pass interrupted"
                    + " while it was stored); they are told again", forgotten);
        }
    }

    /** The latest evaluation's day (null before the first), after checking that {@code asOf} is not before it. */
    private static LocalDate guardOrder(Connection db, LocalDate asOf) throws SQLException {
        LocalDate latest = latest(db);
        if (latest != null && asOf.isBefore(latest)) {
            throw new InvalidInputException("as-of date", List.of(Problem.at(Path.of("--as-of"), 0,
                    "the ledger already holds the evaluation of " + latest + "; an evaluation as of " + asOf
                            + " would rewrite its history (use `pactwatch preview --as-of " + asOf
                            + "` to see that day)")));
        }
        return latest;
    }

    static LocalDate latest(Connection db) throws SQLException {
        return Sql.query(db, "select max(as_of) as latest from evaluation", row -> Sql.date(row, "latest")).get(0);
    }

    /**
     * Acknowledges the firing alert with this fingerprint, or every firing alert of the commitment with this id.
     *
     * @param until null: until it resolves or its severity rises
     * @return the acknowledged alerts
     * @throws InvalidInputException when nothing firing matches {@code target}
     */
    public List<LedgerEntry> acknowledge(Connection db, String target, LocalDate until, String by, String comment)
            throws SQLException {
        List<LedgerEntry> matched = list(db).stream()
                .filter(e -> e.firing() && (e.fingerprint().equals(target) || e.alert().commitment().equals(target)))
                .toList();
        if (matched.isEmpty()) {
            throw new InvalidInputException("ack", List.of(Problem.at(Path.of(target), 0,
                    "no firing alert has this fingerprint or commitment id; `pactwatch alerts` lists them")));
        }
        for (LedgerEntry entry : matched) {
            Sql.update(db, "update alert set ack_severity = ?, ack_until = ?, ack_by = ?, ack_comment = ?, ack_at = ?"
                            + " where fingerprint = ?",
                    label(entry.alert().severity()), until, by, comment, clock.instant(), entry.fingerprint());
        }
        return matched;
    }

    /** Adds a silence; returns it with its id. */
    public Silence silence(Connection db, Silence.Matcher matcher, String value, LocalDate until, String by,
                           String comment) throws SQLException {
        long id = Sql.insert(db, "insert into silence (matcher, matched, until_day, created_by, comment, created_at)"
                + " values (?, ?, ?, ?, ?, ?)", matcher.label(), value, until, by, comment, clock.instant());
        return new Silence(id, matcher, value, until, by, comment);
    }

    public List<Silence> silences(Connection db) throws SQLException {
        return Sql.query(db, "select * from silence order by id", row -> new Silence(row.getLong("id"),
                Labels.parse(Silence.Matcher.class, row.getString("matcher")).orElseThrow(),
                row.getString("matched"), Sql.date(row, "until_day"), row.getString("created_by"),
                row.getString("comment")));
    }

    /** Every alert the ledger holds: firing first, then by reading order. */
    public List<LedgerEntry> list(Connection db) throws SQLException {
        LocalDate latest = latest(db);
        List<LedgerEntry> entries = new ArrayList<>(Sql.query(db, "select " + COLUMNS + " from alert",
                row -> entry(row, latest)));
        entries.sort(java.util.Comparator.comparing((LedgerEntry e) -> !e.firing())
                .thenComparing(LedgerEntry::alert, Alert.READING_ORDER));
        return entries;
    }

    /** Each evaluation's decision about one alert, oldest first; empty when the fingerprint is unknown. */
    public List<HistoryEntry> history(Connection db, String fingerprint) throws SQLException {
        return Sql.query(db, "select as_of, decision, reason from alert_event where fingerprint = ? order by id",
                row -> new HistoryEntry(Sql.date(row, "as_of"), row.getString("decision"), row.getString("reason")),
                fingerprint);
    }

    /**
     * One row. A firing alert fired in every evaluation since it began (a pass resolves whatever stops firing), so
     * its last day seen is the ledger's latest evaluation: the column is written when the row is inserted and when
     * it resolves, not rewritten by every pass. Its message is written only with a row written for another reason
     * (see write): one written before the last day seen is shown with its day, so that "ends in 12 days" is never
     * read as that day's count.
     */
    static LedgerEntry entry(ResultSet row, LocalDate latest) throws SQLException {
        boolean firing = FIRING.equals(row.getString("state"));
        LocalDate stored = Sql.date(row, "last_seen");
        LocalDate lastSeen = firing && latest != null && latest.isAfter(stored) ? latest : stored;
        Alert alert = new Alert(row.getString("rule"), severity(row.getString("severity")),
                row.getString("commitment"), Sql.date(row, "due"),
                shown(row.getString("message"), Sql.date(row, "message_on"), lastSeen), row.getString("category"));
        return new LedgerEntry(row.getString("fingerprint"), alert, firing, Sql.date(row, "first_seen"),
                lastSeen, Sql.date(row, "last_notified"),
                severity(row.getString("notified_severity")), Sql.date(row, "resolved_at"),
                severity(row.getString("ack_severity")), Sql.date(row, "ack_until"), row.getString("ack_by"),
                row.getString("ack_comment"), row.getString("silenced_by"), Sql.instant(row, "ack_at"));
    }

    /** The message as of {@code lastSeen}: as stored, with the day it was written when that is earlier. */
    static String shown(String message, LocalDate writtenOn, LocalDate lastSeen) {
        return writtenOn == null || !writtenOn.isBefore(lastSeen) ? message : message + " (as of " + writtenOn + ")";
    }

    private static Severity severity(String label) {
        return label == null ? null : Severity.parse(label).orElseThrow();
    }

    public static String label(Severity severity) {
        return severity == null ? null : Labels.of(severity);
    }
}
