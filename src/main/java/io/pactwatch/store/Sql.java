package io.pactwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Small JDBC helpers: bind parameters by position (dates, instants and nulls done the same way on H2 and
 * PostgreSQL), read rows with a mapper.
 */
public final class Sql {

    private Sql() {
    }

    /** Runs an INSERT/UPDATE/DELETE; returns the number of rows changed. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Rows sent to the database per JDBC batch: large enough to amortise the round trip, small enough to bound memory. */
    public static final int BATCH_SIZE = 1_000;

    /**
     * Runs one INSERT/UPDATE/DELETE for each parameter row, in JDBC batches of {@link #BATCH_SIZE} (one round trip
     * per batch on PostgreSQL, one parse of the statement on both engines); returns the number of rows changed.
     */
    public static int batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        int changed = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
                for (Object[] row : rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE))) {
                    for (int i = 0; i < row.length; i++) {
                        bind(statement, i + 1, row[i]);
                    }
                    statement.addBatch();
                }
                for (int count : statement.executeBatch()) {
                    changed += Math.max(0, count); // SUCCESS_NO_INFO (-2) counts as nothing known
                }
            }
        }
        return changed;
    }

    /** Runs an INSERT into a table whose key is an identity column {@code id}; returns the new row's id. */
    public static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Runs a query; {@code mapper} turns the current row into a value. */
    public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    public static LocalDate date(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    public static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
