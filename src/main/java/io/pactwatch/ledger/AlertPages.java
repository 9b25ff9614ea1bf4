package io.pactwatch.ledger;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Severity;
import io.pactwatch.registry.Registry;
import io.pactwatch.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The ledger read a page at a time, for the console, the API and the CLI: filters and counts in SQL, so that a
 * request costs the page it shows rather than the whole ledger (docs/benchmarks.md, web console at 10^5).
 *
 * <p>The reading order (firing first, then most severe, then earliest date, commitment and rule) is not one
 * indexable column: severity is stored as its label. So the matches are counted per state and severity in one
 * grouped query, and the page is read from those groups in order, each group by the index on
 * (state, severity, due, commitment, rule) that migration V9 adds, which also returns the rows in order: a page
 * reads about the rows it shows. Party and topic live in the registry, not the ledger; they become the list of
 * matching commitment ids, compared in SQL.
 */
public final class AlertPages {

    private static final String FIRING = "firing";
    private static final String RESOLVED = "resolved";

    private AlertPages() {
    }

    /**
     * @param registry the registry party and topic filters are read from; asked only when the query has one
     */
    public static AlertPage read(Connection db, Supplier<Registry> registry, AlertQuery query) throws SQLException {
        Filter filter = new Filter();
        if (query.fingerprint() != null) {
            filter.add("fingerprint = ?", query.fingerprint());
        }
        if (query.rule() != null) {
            filter.add("rule = ?", query.rule());
        }
        filter.status(query.status());
        Set<String> commitments = commitments(query, registry);
        if (commitments != null) {
            if (commitments.isEmpty()) {
                return AlertPage.empty();
            }
            if (commitments.size() == 1) {
                filter.add("commitment = ?", commitments.iterator().next());
            } else {
                filter.add("commitment = any(?)", db.createArrayOf("varchar", commitments.toArray()));
            }
        }
        Map<String, Map<Severity, Integer>> groups = counts(db, filter);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        groups.values().forEach(counts -> counts.forEach((s, n) -> bySeverity.merge(s, n, Integer::sum)));
        List<LedgerEntry> page = new ArrayList<>();
        LocalDate latest = Ledger.latest(db); // a firing row's last day seen is derived from it (Ledger.entry)
        int skip = query.offset();
        int total = 0;
        for (String state : List.of(FIRING, RESOLVED)) {
            for (Severity severity : Severity.MOST_SEVERE_FIRST) {
                int n = groups.getOrDefault(state, Map.of()).getOrDefault(severity, 0);
                if (n == 0 || (query.severity() != null && query.severity() != severity)) {
                    continue;
                }
                total += n;
                int wanted = query.limit() - page.size();
                if (skip >= n) {
                    skip -= n;
                } else if (wanted > 0) {
                    page.addAll(group(db, filter, latest, state, severity, skip, Math.min(wanted, n - skip)));
                    skip = 0;
                }
            }
        }
        return new AlertPage(page, total, bySeverity);
    }

    /** The commitment ids the query is limited to, or null for any. */
    private static Set<String> commitments(AlertQuery query, Supplier<Registry> registry) {
        Set<String> ids = query.commitments() == null ? null : new HashSet<>(query.commitments());
        if (query.party() == null && query.topic() == null) {
            return ids;
        }
        Set<String> named = new HashSet<>();
        for (Commitment c : registry.get().commitments()) {
            if ((query.party() == null || c.parties().contains(query.party()))
                    && (query.topic() == null || c.topics().contains(query.topic()))
                    && (ids == null || ids.contains(c.id()))) {
                named.add(c.id());
            }
        }
        return named;
    }

    private static Map<String, Map<Severity, Integer>> counts(Connection db, Filter filter) throws SQLException {
        Map<String, Map<Severity, Integer>> groups = new HashMap<>();
        Sql.query(db, "select state, severity, count(*) as n from alert" + filter.where()
                + " group by state, severity", row -> groups.computeIfAbsent(row.getString("state"),
                        s -> new EnumMap<>(Severity.class))
                .put(Severity.parse(row.getString("severity")).orElseThrow(), row.getInt("n")), filter.parameters());
        return groups;
    }

    private static List<LedgerEntry> group(Connection db, Filter filter, LocalDate latest, String state,
                                           Severity severity, int offset, int limit) throws SQLException {
        Object[] parameters = filter.with(state, severity.label(), limit, offset);
        // Ascending dates put null last on both engines (PostgreSQL's default; H2's DEFAULT_NULL_ORDERING=HIGH).
        return Sql.query(db, "select " + Ledger.COLUMNS + " from alert" + filter.where()
                + (filter.isEmpty() ? " where" : " and") + " state = ? and severity = ?"
                + " order by due, commitment, rule limit ? offset ?", row -> Ledger.entry(row, latest), parameters);
    }

    /** The query's conditions as one SQL WHERE clause and its parameters. */
    private static final class Filter {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        void add(String condition, Object parameter) {
            conditions.add(condition);
            parameters.add(parameter);
        }

        void status(AlertQuery.Status status) {
            switch (status) {
                case ALL -> { }
                case ACTIVE -> add("state = ?", FIRING);
                case FIRING -> add("state = ? and ack_severity is null and silenced_by is null", FIRING);
                case ACKNOWLEDGED -> add("state = ? and ack_severity is not null", FIRING);
                case SILENCED -> add("state = ? and ack_severity is null and silenced_by is not null", FIRING);
                case RESOLVED -> add("state = ?", RESOLVED);
                default -> throw new IllegalArgumentException(status.name());
            }
        }

        boolean isEmpty() {
            return conditions.isEmpty();
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        Object[] parameters() {
            return parameters.toArray();
        }

        Object[] with(Object... more) {
            List<Object> all = new ArrayList<>(parameters);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }
}
