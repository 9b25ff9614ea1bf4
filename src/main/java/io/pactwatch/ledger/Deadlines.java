package io.pactwatch.ledger;

import io.pactwatch.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Keeps one {@link CalendarEntry} per commitment across evaluations, in the caller's transaction. */
public final class Deadlines {

    /** The right-hand side of every UID: RFC 5545 3.8.4.7 recommends a domain-like part for uniqueness. */
    public static final String UID_DOMAIN = "pactwatch";

    private Deadlines() {
    }

    /** The calendar entry for {@code commitment}'s deadline {@code due}: created, kept, or moved (SEQUENCE + 1). */
    public static CalendarEntry track(Connection db, String commitment, LocalDate due) throws SQLException {
        List<CalendarEntry> known = Sql.query(db, "select * from calendar_entry where commitment = ?",
                row -> new CalendarEntry(commitment, row.getString("uid"), Sql.date(row, "due"),
                        row.getInt("sequence")), commitment);
        if (known.isEmpty()) {
            CalendarEntry entry = new CalendarEntry(commitment, uid(commitment, due), due, 0);
            Sql.update(db, "insert into calendar_entry (commitment, uid, due, sequence) values (?, ?, ?, ?)"
                    + " on conflict do nothing", commitment, entry.uid(), due, 0);
            return entry;
        }
        CalendarEntry entry = known.get(0);
        if (entry.due().equals(due)) {
            return entry;
        }
        CalendarEntry moved = new CalendarEntry(commitment, entry.uid(), due, entry.sequence() + 1);
        Sql.update(db, "update calendar_entry set due = ?, sequence = ? where commitment = ?", due, moved.sequence(),
                commitment);
        return moved;
    }

    /** Every commitment's calendar entry as the digests last sent it (the personal calendar feed serves these). */
    public static List<CalendarEntry> all(Connection db) throws SQLException {
        return Sql.query(db, "select * from calendar_entry order by due, commitment", row -> new CalendarEntry(
                row.getString("commitment"), row.getString("uid"), Sql.date(row, "due"), row.getInt("sequence")));
    }

    /** Stable per commitment and the due date first told. */
    static String uid(String commitment, LocalDate due) {
        return commitment + "-" + due + "@" + UID_DOMAIN;
    }
}
