package io.pactwatch.ledger;

import io.pactwatch.model.Alert;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Labels;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Severity;
import io.pactwatch.registry.Registry;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Alert state across evaluations (Alertmanager's model on days): an alert is told when it is new, when its
 * severity rises, and again only after its severity's repeat interval; once, as resolved, when it stops firing.
 * Acknowledgements and silences keep it quiet. Every call works inside the caller's transaction, so that the
 * ledger update and the messages it causes commit together (docs/architecture.md, the outbox's guarantees).
 */
public final class Ledger {

    /** Every column of {@code alert}, as {@link #entry} reads them. */
    static final String COLUMNS = "fingerprint, rule, commitment, due, severity, message, category, state, first_seen,"
            + " last_seen, last_notified, notified_severity, resolved_at, ack_severity, ack_until, ack_by,"
            + " ack_comment, silenced_by, ack_at";
    /** How long a pass waits for another one to finish. */
    public static final Duration PASS_LOCK_WAIT = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    private static final String FIRING = "firing";
    private static final String RESOLVED = "resolved";

    private final RepeatPolicy repeat;
    private final Clock clock;

    public Ledger(RepeatPolicy repeat, Clock clock) {
        this.repeat = repeat;
        this.clock = clock;
    }

    /**
     * Records one evaluation's alerts and returns what to tell. {@code known} is the registry as known on
     * {@code asOf}: silences match its commitments' parties and topics.
     *
     * @throws InvalidInputException when the ledger already holds a later evaluation (running the pass for an
     *                               earlier day would rewrite history; {@code preview} shows any day)
     */
    public List<Notice> record(Connection db, Registry known, List<Alert> alerts, LocalDate asOf)
            throws SQLException {
        lockPasses(db);
        guardOrder(db, asOf);
        forgetUnrecordedNotices(db);
        Map<String, LedgerEntry> before = firingAndKnown(db, alerts);
        List<Silence> silences = silences(db).stream().filter(s -> s.activeOn(asOf)).toList();
        List<Notice> notices = new ArrayList<>();
        Set<String> firingNow = alerts.stream().map(Fingerprint::of).collect(Collectors.toSet());
        for (Alert alert : alerts) {
            String fp = Fingerprint.of(alert);
            Optional<Silence> silence = known.commitment(alert.commitment())
                    .flatMap(c -> silences.stream().filter(s -> s.matches(c)).findFirst());
            decide(db, fp, alert, before.get(fp), silence, asOf).ifPresent(notices::add);
        }
        for (LedgerEntry gone : before.values()) {
            if (gone.firing() && !firingNow.contains(gone.fingerprint())) {
                resolve(db, gone, asOf).ifPresent(notices::add);
            }
        }
        Sql.update(db, "insert into evaluation (as_of, ran_at) values (?, ?) on conflict do nothing", asOf,
                clock.instant());
        return notices;
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
        int forgotten = Sql.update(db, "update alert set last_notified = null, notified_severity = null"
                + " where last_notified is not null and not exists (select 1 from alert_event e"
                + " where e.fingerprint = alert.fingerprint and e.as_of = alert.last_notified and e.decision = ?)",
                HistoryEntry.NOTIFY);
        if (forgotten > 0) {
            LOG.warn("{} alerts were recorded as told without the notice in their history (a pass interrupted"
                    + " while it was stored); they are told again", forgotten);
        }
    }

    private void guardOrder(Connection db, LocalDate asOf) throws SQLException {
        LocalDate latest = Sql.query(db, "select max(as_of) as latest from evaluation",
                row -> Sql.date(row, "latest")).get(0);
        if (latest != null && asOf.isBefore(latest)) {
            throw new InvalidInputException("as-of date", List.of(Problem.at(Path.of("--as-of"), 0,
                    "the ledger already holds the evaluation of " + latest + "; an evaluation as of " + asOf
                            + " would rewrite its history (use `pactwatch preview --as-of " + asOf
                            + "` to see that day)")));
        }
    }

    private Optional<Notice> decide(Connection db, String fp, Alert alert, LedgerEntry entry,
                                    Optional<Silence> silence, LocalDate asOf) throws SQLException {
        boolean fresh = entry == null || !entry.firing();
        if (fresh) {
            upsertFresh(db, fp, alert, asOf);
            entry = null;
        }
        LocalDate firstSeen = fresh ? asOf : entry.firstSeen();
        String due = dueReason(entry, alert.severity(), asOf);
        boolean ackRose = entry != null && entry.ackSeverity() != null
                && alert.severity().compareTo(entry.ackSeverity()) > 0;
        boolean acked = entry != null && entry.acknowledgedOn(asOf, alert.severity());
        String quiet = null;
        if (due == null) {
            quiet = "repeat interval of " + repeat.days(alert.severity()) + " days not elapsed (next reminder on "
                    + entry.lastNotified().plusDays(repeat.days(alert.severity())) + ")";
        } else if (acked) {
            quiet = entry.describeAck();
        } else if (silence.isPresent()) {
            quiet = "silenced by " + silence.get().describe();
        }
        boolean notify = quiet == null;
        boolean keepAck = entry != null && entry.ackSeverity() != null && !ackRose && !expired(entry, asOf);
        Sql.update(db, "update alert set severity = ?, message = ?, category = ?, last_seen = ?, silenced_by = ?, last_notified = ?,"
                        + " notified_severity = ?, ack_severity = ?, ack_until = ?, ack_by = ?, ack_comment = ?"
                        + " where fingerprint = ?",
                label(alert.severity()), alert.message(), alert.category(), asOf, silence.map(Silence::describe).orElse(null),
                notify ? asOf : entry == null ? null : entry.lastNotified(),
                label(notify ? alert.severity() : entry == null ? null : entry.notifiedSeverity()),
                keepAck ? label(entry.ackSeverity()) : null, keepAck ? entry.ackUntil() : null,
                keepAck ? entry.ackBy() : null, keepAck ? entry.ackComment() : null, fp);
        event(db, fp, asOf, notify ? HistoryEntry.NOTIFY : HistoryEntry.QUIET,
                notify ? due + (ackRose ? " (above the acknowledged " + label(entry.ackSeverity()) + ")" : "")
                        : quiet);
        return notify ? Optional.of(new Notice(fp, alert, kind(entry, alert.severity()), firstSeen, due))
                : Optional.empty();
    }

    private static boolean expired(LedgerEntry entry, LocalDate asOf) {
        return entry.ackUntil() != null && asOf.isAfter(entry.ackUntil());
    }

    /** Why the alert is due to be told, or null when its repeat interval has not elapsed. */
    private String dueReason(LedgerEntry entry, Severity severity, LocalDate asOf) {
        if (entry == null || entry.lastNotified() == null) {
            return "new";
        }
        if (severity.compareTo(entry.notifiedSeverity()) > 0) {
            return "severity rose from " + label(entry.notifiedSeverity()) + " to " + label(severity);
        }
        int days = repeat.days(severity);
        return asOf.isBefore(entry.lastNotified().plusDays(days)) ? null
                : "repeat interval of " + days + " days elapsed (last told on " + entry.lastNotified() + ")";
    }

    private static Notice.Kind kind(LedgerEntry entry, Severity severity) {
        if (entry == null || entry.lastNotified() == null) {
            return Notice.Kind.NEW;
        }
        return severity.compareTo(entry.notifiedSeverity()) > 0 ? Notice.Kind.SEVERITY_ROSE : Notice.Kind.REPEAT;
    }

    /** A first firing, or a firing again after it resolved: a new spell, told as new. */
    private static void upsertFresh(Connection db, String fp, Alert alert, LocalDate asOf) throws SQLException {
        Sql.update(db, "delete from alert where fingerprint = ?", fp);
        Sql.update(db, "insert into alert (fingerprint, rule, commitment, due, severity, message, category, state,"
                        + " first_seen, last_seen) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                fp, alert.rule(), alert.commitment(), alert.due(), label(alert.severity()), alert.message(),
                alert.category(), FIRING, asOf, asOf);
    }

    private Optional<Notice> resolve(Connection db, LedgerEntry entry, LocalDate asOf) throws SQLException {
        Sql.update(db, "update alert set state = ?, resolved_at = ?, ack_severity = null, ack_until = null"
                + " where fingerprint = ?", RESOLVED, asOf, entry.fingerprint());
        boolean tell = repeat.resolvedNotices() && entry.lastNotified() != null && entry.silencedBy() == null;
        String reason = tell ? "resolved: stopped firing (told once)"
                : "resolved: stopped firing (no notice: " + (!repeat.resolvedNotices() ? "resolved notices are off"
                : entry.lastNotified() == null ? "it was never told" : "it was muted by " + entry.silencedBy()) + ")";
        event(db, entry.fingerprint(), asOf, HistoryEntry.RESOLVED, reason);
        return tell ? Optional.of(new Notice(entry.fingerprint(), entry.alert(), Notice.Kind.RESOLVED,
                entry.firstSeen(), "resolved")) : Optional.empty();
    }

    private static void event(Connection db, String fp, LocalDate asOf, String decision, String reason)
            throws SQLException {
        Sql.update(db, "insert into alert_event (fingerprint, as_of, decision, reason) values (?, ?, ?, ?)",
                fp, asOf, decision, reason);
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
        List<LedgerEntry> entries = new ArrayList<>(Sql.query(db, "select " + COLUMNS + " from alert", Ledger::entry));
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

    /** The ledger's rows for every firing alert and for each alert in {@code alerts}, by fingerprint. */
    private static Map<String, LedgerEntry> firingAndKnown(Connection db, List<Alert> alerts) throws SQLException {
        Map<String, LedgerEntry> entries = new HashMap<>();
        Set<String> wanted = alerts.stream().map(Fingerprint::of).collect(Collectors.toSet());
        for (LedgerEntry entry : Sql.query(db, "select " + COLUMNS + " from alert", Ledger::entry)) {
            if (entry.firing() || wanted.contains(entry.fingerprint())) {
                entries.put(entry.fingerprint(), entry);
            }
        }
        return entries;
    }

    static LedgerEntry entry(ResultSet row) throws SQLException {
        Alert alert = new Alert(row.getString("rule"), severity(row.getString("severity")),
                row.getString("commitment"), Sql.date(row, "due"), row.getString("message"), row.getString("category"));
        return new LedgerEntry(row.getString("fingerprint"), alert, FIRING.equals(row.getString("state")),
                Sql.date(row, "first_seen"), Sql.date(row, "last_seen"), Sql.date(row, "last_notified"),
                severity(row.getString("notified_severity")), Sql.date(row, "resolved_at"),
                severity(row.getString("ack_severity")), Sql.date(row, "ack_until"), row.getString("ack_by"),
                row.getString("ack_comment"), row.getString("silenced_by"), Sql.instant(row, "ack_at"));
    }

    private static Severity severity(String label) {
        return label == null ? null : Severity.parse(label).orElseThrow();
    }

    private static String label(Severity severity) {
        return severity == null ? null : Labels.of(severity);
    }
}
