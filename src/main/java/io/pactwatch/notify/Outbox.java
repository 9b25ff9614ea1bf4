package io.pactwatch.notify;

import io.pactwatch.ledger.Untold;
import io.pactwatch.store.Database;
import io.pactwatch.store.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.pactwatch.notify.OutboxEntry.DEAD;
import static io.pactwatch.notify.OutboxEntry.PENDING;
import static io.pactwatch.notify.OutboxEntry.SENDING;
import static io.pactwatch.notify.OutboxEntry.SENT;

/**
 * The transactional outbox. Messages are enqueued in the transaction that decided to send them; delivery claims
 * them with {@code FOR UPDATE SKIP LOCKED} and a lease, sends outside any transaction, then marks the outcome.
 * A claim whose worker died is taken again once its lease has expired: delivery is at-least-once.
 */
public final class Outbox {

    private static final String ENTRY_COLUMNS = "id, idempotency_key, recipient, subject, status, attempts,"
            + " next_attempt_at, created_at, sent_at, last_error";

    private final Database db;
    private final Clock clock;

    public Outbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A message claimed for sending. */
    public record Claimed(long id, String key, String recipient, String raw, int attempts) {

        /** The message for a transport, named after its idempotency key (stable across re-deliveries). */
        public Envelope envelope() {
            return new Envelope(key, recipient, raw);
        }
    }

    /**
     * Adds {@code message} in the caller's transaction, unless a message with its key is there already.
     *
     * @return whether it was added
     */
    public static boolean enqueue(Connection c, OutboxMessage message, Instant now) throws SQLException {
        boolean added = Sql.update(c, "insert into outbox (idempotency_key, recipient, subject, status,"
                        + " attempts, next_attempt_at, created_at) values (?, ?, ?, ?, 0, ?, ?)"
                        + " on conflict do nothing",
                message.key(), message.recipient(), message.subject(), PENDING, now, now) == 1;
        if (!added) {
            return false;
        }
        long id = Sql.query(c, "select id from outbox where idempotency_key = ?", row -> row.getLong("id"),
                message.key()).get(0);
        // apart from the row that delivery updates (V11__outbox_message_apart.sql)
        Sql.update(c, "insert into outbox_message (outbox_id, message) values (?, ?)", id, message.raw());
        if (!message.alerts().isEmpty()) {
            try (PreparedStatement insert = c.prepareStatement("insert into outbox_notice (outbox_id, fingerprint,"
                    + " told_on) values (?, ?, ?)")) {
                // in key order: each row lands at the end of the primary key's index, the cheap place for H2's
                // B-tree (a digest of 10^5 alerts inserts as many rows here)
                for (String fingerprint : new TreeSet<>(message.alerts())) {
                    insert.setLong(1, id);
                    insert.setString(2, fingerprint);
                    insert.setObject(3, message.toldOn());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        return true;
    }

    /**
     * The largest message {@code server} takes, as delivery learned it (its EHLO SIZE, or a refusal), if ever.
     *
     * @param server the transport's {@link Transport#describe() description}
     */
    public OptionalInt sizeLimit(String server) {
        return db.inTransaction(c -> Sql.query(c, "select max_bytes from mail_size_limit where server = ?",
                row -> row.getInt("max_bytes"), server)).stream().mapToInt(Integer::intValue).findFirst();
    }

    /**
     * A digest's size budget for {@code mail}: {@code mail.max-message-bytes}, or the limit delivery learned from the
     * mail server if that is smaller, but never under {@link MailSettings#MIN_MAX_MESSAGE_BYTES}, which a digest's
     * summary alone may need (below it the server refuses the digest again, and says so each time).
     */
    public int digestBudget(MailSettings mail) {
        int configured = mail.maxMessageBytes();
        return sizeLimit(mail.describe()).stream()
                .map(server -> Math.max(MailSettings.MIN_MAX_MESSAGE_BYTES, Math.min(configured, server)))
                .findFirst().orElse(configured);
    }

    /** What a batch taught about the server's limit: {@code bytes} is the largest message it takes. */
    public record SizeLimit(String server, int bytes) {
    }

    /**
     * What delivery decided for one claimed message; {@link #settle} records a run's decisions together.
     *
     * @param next  when a retried message is due again; null otherwise
     * @param error the reason, for {@code outbox list}; null when sent
     */
    public record Settlement(long id, Kind kind, Instant next, String error) {

        public enum Kind {
            /** Accepted by the server. */
            SENT,
            /** Failed for now: pending again from {@code next}. */
            RETRY,
            /** Failed for good (or the last attempt failed): never tried again unless an admin says so. */
            DEAD,
            /**
             * Refused for its size: dead, and the alerts it carried are returned to "not told" so that the next
             * pass tells them again; its key is freed for that pass's digest.
             */
            TOO_LARGE,
            /** Given back untried (delivery paused or stopped): pending, and the attempt does not count. */
            UNTRIED
        }
    }

    /** Claims up to {@code limit} messages due now, for {@code lease}. */
    public List<Claimed> claim(int limit, Duration lease) {
        return claim(limit, lease, clock.instant());
    }

    /**
     * Claims up to {@code limit} messages due by {@code dueBy}: pending ones whose retry time had come, and claims
     * whose lease had expired (their worker is presumed dead). Rows another worker holds are skipped. A delivery
     * run passes its own start, so that a message it retried (due again after a backoff) or claimed (leased
     * until later) is not claimed again by the same run.
     */
    public List<Claimed> claim(int limit, Duration lease, Instant dueBy) {
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            while (true) {
                List<Long> candidates = candidates(c, limit, dueBy);
                if (candidates.isEmpty()) {
                    return List.<Claimed>of();
                }
                List<Claimed> claimed = lock(c, candidates, dueBy);
                if (!claimed.isEmpty()) {
                    List<Object> update = new ArrayList<>(List.of(SENDING, now.plus(lease)));
                    claimed.forEach(m -> update.add(m.id()));
                    Sql.update(c, "update outbox set status = ?, lease_until = ?, attempts = attempts + 1"
                            + " where id in " + placeholders(claimed.size()), update.toArray());
                    return claimed;
                }
                // every candidate is being claimed by another worker right now: look again once it has committed
            }
        });
    }

    /**
     * The ids of up to {@code limit} messages due by {@code dueBy}, from the index alone ({@code outbox_due}: no
     * message text read; one query with OR made H2 read every row, message included, at every claim).
     */
    private static List<Long> candidates(Connection c, int limit, Instant dueBy) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        ids.addAll(Sql.query(c, "select id from outbox where status = ? and next_attempt_at <= ? order by id limit ?",
                row -> row.getLong("id"), PENDING, dueBy, limit));
        ids.addAll(Sql.query(c, "select id from outbox where status = ? and lease_until < ? order by id limit ?",
                row -> row.getLong("id"), SENDING, dueBy, limit));
        return ids.stream().limit(limit).toList();
    }

    /**
     * Locks the candidates, skipping rows another worker holds, and keeps those still due (another worker may have
     * taken or settled some meanwhile); then reads their messages. The rows are found by their primary key alone:
     * with the due conditions in the query, H2 read the whole table.
     */
    private static List<Claimed> lock(Connection c, List<Long> candidates, Instant dueBy) throws SQLException {
        List<Claimed> due = new ArrayList<>();
        Sql.query(c, "select id, idempotency_key, recipient, attempts, status, next_attempt_at, lease_until"
                        + " from outbox where id in " + placeholders(candidates.size())
                        + " order by id for update skip locked",
                row -> {
                    Instant next = Sql.instant(row, "next_attempt_at");
                    Instant lease = Sql.instant(row, "lease_until");
                    String status = row.getString("status");
                    boolean isDue = PENDING.equals(status) && !next.isAfter(dueBy)
                            || SENDING.equals(status) && lease != null && lease.isBefore(dueBy);
                    if (isDue) {
                        due.add(new Claimed(row.getLong("id"), row.getString("idempotency_key"),
                                row.getString("recipient"), null, row.getInt("attempts") + 1));
                    }
                    return isDue;
                },
                candidates.toArray());
        if (due.isEmpty()) {
            return due;
        }
        Map<Long, String> messages = new HashMap<>();
        for (Map.Entry<Long, String> message : Sql.query(c, "select outbox_id, message from outbox_message"
                        + " where outbox_id in " + placeholders(due.size()),
                row -> Map.entry(row.getLong("outbox_id"), row.getString("message")),
                due.stream().map(Claimed::id).toArray())) {
            messages.put(message.getKey(), message.getValue());
        }
        return due.stream().map(m -> new Claimed(m.id(), m.key(), m.recipient(), messages.get(m.id()),
                m.attempts())).toList();
    }

    private static String placeholders(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /**
     * Records the outcome of each of {@code settlements}, and what the batch taught about the server's size limit
     * ({@code learned}, or null), in one transaction: one commit per batch rather than per message. A crash before
     * it leaves the batch claimed; it is sent again once the lease expires (at-least-once, with the same
     * Message-ID).
     */
    public void settle(List<Settlement> settlements, SizeLimit learned) {
        if (settlements.isEmpty() && learned == null) {
            return;
        }
        Instant now = clock.instant();
        db.inTransaction(c -> {
            List<Object> sent = new ArrayList<>(List.of(SENT, now));
            for (Settlement s : settlements) {
                switch (s.kind()) {
                    case SENT -> sent.add(s.id());
                    case RETRY -> Sql.update(c, "update outbox set status = ?, next_attempt_at = ?, lease_until = null,"
                            + " last_error = ? where id = ?", PENDING, s.next(), s.error(), s.id());
                    case DEAD -> Sql.update(c, "update outbox set status = ?, lease_until = null, last_error = ?"
                            + " where id = ?", DEAD, s.error(), s.id());
                    case TOO_LARGE -> refusedAsTooLarge(c, s);
                    case UNTRIED -> Sql.update(c, "update outbox set status = ?, lease_until = null,"
                            + " attempts = attempts - 1, last_error = ? where id = ? and status = ?",
                            PENDING, s.error(), s.id(), SENDING);
                }
            }
            if (sent.size() > 2) { // one statement for the batch's sent messages, the common case
                Sql.update(c, "update outbox set status = ?, sent_at = ?, lease_until = null, last_error = null"
                        + " where id in " + placeholders(sent.size() - 2), sent.toArray());
            }
            if (learned != null && Sql.update(c, "update mail_size_limit set max_bytes = ?, learned_at = ?"
                    + " where server = ?", learned.bytes(), now, learned.server()) == 0) {
                Sql.update(c, "insert into mail_size_limit (server, max_bytes, learned_at) values (?, ?, ?)"
                        + " on conflict do nothing", learned.server(), learned.bytes(), now);
            }
            return null;
        });
    }

    /**
     * Dead with its reason, its alerts returned to "not told" (the message was never the only record of them: the
     * ledger tells them again), and its key freed ({@code refused/ID}): the next pass's digest may have the
     * same content, hence the same key, and must not be taken for this one.
     */
    private static void refusedAsTooLarge(Connection c, Settlement s) throws SQLException {
        Sql.update(c, "update outbox set status = ?, lease_until = null, last_error = ?,"
                + " idempotency_key = ? where id = ?", DEAD, s.error(), "refused/" + s.id(), s.id());
        Map<LocalDate, List<String>> carried = new TreeMap<>();
        for (Map.Entry<LocalDate, String> notice : Sql.query(c, "select fingerprint, told_on from outbox_notice"
                + " where outbox_id = ?", row -> Map.entry(Sql.date(row, "told_on"), row.getString("fingerprint")),
                s.id())) {
            carried.computeIfAbsent(notice.getKey(), d -> new ArrayList<>()).add(notice.getValue());
        }
        for (Map.Entry<LocalDate, List<String>> told : carried.entrySet()) {
            Untold.returnToUntold(c, told.getKey(), told.getValue(), "its digest (outbox message " + s.id()
                    + ") was refused by the mail server as too large; told again by the next pass");
        }
    }

    /** How many messages are in {@code status} ({@link OutboxEntry#PENDING}, ...): /health and /metrics. */
    public long count(String status) {
        return db.inTransaction(c -> Sql.query(c, "select count(*) as n from outbox where status = ?",
                row -> row.getLong("n"), status)).get(0);
    }

    /** Every row, newest first. */
    public List<OutboxEntry> list() {
        return db.inTransaction(c -> Sql.query(c, "select " + ENTRY_COLUMNS + " from outbox order by id desc",
                Outbox::entry));
    }

    /**
     * Makes a dead or pending message due now, with its attempts reset.
     *
     * @return whether there was such a message (sent and in-flight ones are left alone)
     */
    public boolean retryNow(long id) {
        return db.inTransaction(c -> Sql.update(c, "update outbox set status = ?, attempts = 0, next_attempt_at = ?"
                + " where id = ? and status in (?, ?)", PENDING, clock.instant(), id, DEAD, PENDING)) == 1;
    }

    /** Deletes sent messages sent before {@code before}; returns how many. Unsent ones are never purged. */
    public int purgeSent(Instant before) {
        return db.inTransaction(c -> {
            for (String apart : List.of("outbox_notice", "outbox_message")) {
                Sql.update(c, "delete from " + apart + " where outbox_id in (select id from outbox where status = ?"
                        + " and sent_at < ?)", SENT, before);
            }
            return Sql.update(c, "delete from outbox where status = ? and sent_at < ?", SENT, before);
        });
    }

    private static OutboxEntry entry(ResultSet row) throws SQLException {
        return new OutboxEntry(row.getLong("id"), row.getString("idempotency_key"), row.getString("recipient"),
                row.getString("subject"), row.getString("status"), row.getInt("attempts"),
                Sql.instant(row, "next_attempt_at"), Sql.instant(row, "created_at"), Sql.instant(row, "sent_at"),
                row.getString("last_error"));
    }
}
