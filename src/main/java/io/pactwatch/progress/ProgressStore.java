package io.pactwatch.progress;

import io.pactwatch.model.Labels;
import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.store.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Progress recorded in Pactwatch (table {@code progress}), read and written in the caller's transaction. */
public final class ProgressStore {

    private static final String COLUMNS = "id, commitment, happened_on, kind, note, origin, recorded_by, recorded_at";

    private ProgressStore() {
    }

    /**
     * Stores {@code progress} unless the same fact (commitment, kind, day) is stored already; returns the stored
     * entry either way, so that recording twice (a second click, a retried request) is one fact, attributed to
     * whoever recorded it first.
     */
    public static RecordedProgress record(Connection db, Progress progress, Origin origin, String by, Instant now)
            throws SQLException {
        Sql.update(db, "insert into progress (commitment, happened_on, kind, note, origin, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                progress.commitment(), progress.date(), progress.kind().label(), progress.note(), origin.label(), by,
                now);
        return Sql.query(db, "select " + COLUMNS + " from progress where commitment = ? and kind = ? and happened_on = ?",
                ProgressStore::read, progress.commitment(), progress.kind().label(), progress.date()).get(0);
    }

    /** Every stored entry, oldest first. */
    public static List<RecordedProgress> all(Connection db) throws SQLException {
        return Sql.query(db, "select " + COLUMNS + " from progress order by id", ProgressStore::read);
    }

    /** The stored entries of one commitment, oldest first. */
    public static List<RecordedProgress> of(Connection db, String commitment) throws SQLException {
        return Sql.query(db, "select " + COLUMNS + " from progress where commitment = ? order by id",
                ProgressStore::read, commitment);
    }

    /** Deletes the entries with an id up to {@code id} (they were exported into the files); returns how many. */
    public static int clearThrough(Connection db, long id) throws SQLException {
        return Sql.update(db, "delete from progress where id <= ?", id);
    }

    private static RecordedProgress read(ResultSet row) throws SQLException {
        Progress progress = new Progress(row.getString("commitment"), Sql.date(row, "happened_on"),
                Labels.parse(ProgressKind.class, row.getString("kind")).orElseThrow(), row.getString("note"));
        return new RecordedProgress(row.getLong("id"), progress,
                Labels.parse(Origin.class, row.getString("origin")).orElseThrow(), row.getString("recorded_by"),
                Sql.instant(row, "recorded_at"));
    }
}
