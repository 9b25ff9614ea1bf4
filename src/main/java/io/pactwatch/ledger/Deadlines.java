package io.pactwatch.ledger;

import io.pactwatch.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps one {@link CalendarEntry} per commitment across evaluations, in the caller's transaction. */
public final class Deadlines {

    /** The right-hand side of every UID: RFC 5545 3.8.4.7 recommends a domain-like part for uniqueness. */
    public static final String UID_DOMAIN = "pactwatch";

    private Deadlines() {
    }

    /** The calendar entry for {@code commitment}'s deadline {@code due}: created, kept, or moved (SEQUENCE + 1). */
    public static CalendarEntry track(Connection db, String commitment, LocalDate due) throws SQLException {
        return track(db, Map.of(commitment, due)).get(commitment);
    }

    /**
     * The calendar entries for these deadlines (by commitment id): each created, kept, or moved (SEQUENCE + 1).
     * Reads the table once and writes in batches, whatever the number of commitments.
     */
    public static Map<String, CalendarEntry> track(Connection db, Map<String, LocalDate> due) throws SQLException {
        Map<String, CalendarEntry> tracked = new LinkedHashMap<>();
        if (due.isEmpty()) {
            return tracked;
        }
        Map<String, CalendarEntry> known = new HashMap<>();
        for (CalendarEntry entry : all(db)) {
            known.put(entry.commitment(), entry);
        }
        List<Object[]> created = new ArrayList<>();
        List<Object[]> moved = new ArrayList<>();
        for (Map.Entry<String, LocalDate> deadline : due.entrySet()) {
            String commitment = deadline.getKey();
            LocalDate day = deadline.getValue();
            CalendarEntry entry = known.get(commitment);
            if (entry == null) {
                entry = new CalendarEntry(commitment, uid(commitment, day), day, 0);
                created.add(new Object[] {commitment, entry.uid(), day, 0});
            } else if (!entry.due().equals(day)) {
                entry = new CalendarEntry(commitment, entry.uid(), day, entry.sequence() + 1);
                moved.add(new Object[] {day, entry.sequence(), commitment});
            }
            tracked.put(commitment, entry);
        }
        Sql.batch(db, "insert into calendar_entry (commitment, uid, due, sequence) values (?, ?, ?, ?)"
                + " on conflict do nothing", created);
        Sql.batch(db, "update calendar_entry set due = ?, sequence = ? where commitment = ?", moved);
        return tracked;
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
