package io.pactwatch.notify;

import io.pactwatch.ledger.AlertPage;
import io.pactwatch.ledger.AlertPages;
import io.pactwatch.ledger.AlertQuery;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Silence;
import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Severity;
import io.pactwatch.model.Status;
import io.pactwatch.registry.Registry;
import io.pactwatch.store.Database;
import io.pactwatch.store.TestDatabases;
import io.pactwatch.store.TestDatabases.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages of the ledger read in SQL: the same alerts, order and counts as reading it all, on H2 and PostgreSQL. */
class AlertPagesTest {

    static final LocalDate DAY1 = LocalDate.of(2019, 5, 1);
    static final List<String> PARTIES = List.of("Russia", "Turkey", "Iran");
    static final List<String> TOPICS = List.of("trade", "cybersecurity");

    @TempDir
    Path dir;

    private Database db;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-05-01T07:00:00Z"), ZoneOffset.UTC);
    private final Ledger ledger = new Ledger(CLOCK);
    private final Registry registry = registry();

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private static Registry registry() {
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            commitments.add(new Commitment(id(i), "Commitment " + i, Kind.EVENT, List.of(PARTIES.get(i % 3)),
                    List.of(), List.of(TOPICS.get(i % 2)), null, false, Status.PLANNED, null, List.of(), List.of(),
                    List.of(), null, LocalDate.of(2018, 1, 1), null));
        }
        return new Registry(commitments, List.of());
    }

    private static String id(int i) {
        return String.format("c%02d", i);
    }

    /** Two alerts per commitment, of every severity, some without a date; the last three stop firing on day 2. */
    private List<Alert> alerts(boolean dayTwo) {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            if (dayTwo && i >= 9) {
                continue;
            }
            Severity severity = Severity.values()[i % 3];
            alerts.add(new Alert("overdue", severity, id(i), i % 4 == 0 ? null : DAY1.minusDays(i % 5), "late",
                    "deadline"));
            alerts.add(new Alert("approaching", Severity.values()[(i + 1) % 3], id(i), DAY1.plusDays(7 - i % 3),
                    "soon", "deadline"));
        }
        return alerts;
    }

    /** A fresh database holding two days of the ledger; returns the whole ledger as {@link Ledger#list} reads it. */
    private List<LedgerEntry> filled(Engine engine) {
        db = TestDatabases.open(engine, dir);
        db.inTransaction(c -> Fixtures.decide(c, ledger, registry, DAY1, CLOCK.instant(), alerts(false)));
        db.inTransaction(c -> ledger.acknowledge(c, id(1), null, "ana", null));
        db.inTransaction(c -> ledger.silence(c, Silence.Matcher.PARTY, "Iran", DAY1.plusDays(5), "ops", null));
        db.inTransaction(c -> Fixtures.decide(c, ledger, registry, DAY1.plusDays(1), CLOCK.instant(), alerts(true)));
        return db.inTransaction(ledger::list);
    }

    private AlertPage read(AlertQuery query) {
        return db.inTransaction(c -> AlertPages.read(c, () -> registry, query));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void pagesOfAnySizeJoinIntoTheWholeLedgerInReadingOrder(Engine engine) {
        List<LedgerEntry> whole = filled(engine);

        for (int size : List.of(1, 5, 7, 100)) {
            List<LedgerEntry> joined = new ArrayList<>();
            for (int offset = 0; offset < whole.size() + size; offset += size) {
                AlertPage page = read(AlertQuery.builder().offset(offset).limit(size).build());
                assertThat(page.total()).isEqualTo(whole.size());
                joined.addAll(page.entries());
            }
            assertThat(joined).as("pages of " + size).isEqualTo(whole);
        }
        assertThat(whole).extracting(LedgerEntry::status).containsSubsequence("acknowledged", "resolved")
                .contains("silenced", "firing");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void filtersMatchWhatReadingEverythingAndFilteringWouldFind(Engine engine) {
        List<LedgerEntry> whole = filled(engine);
        Map<String, Commitment> byId = new java.util.HashMap<>();
        registry.commitments().forEach(c -> byId.put(c.id(), c));

        assertThat(read(AlertQuery.builder().party("Turkey").everything().build()).entries()).isEqualTo(whole
                .stream().filter(e -> byId.get(e.alert().commitment()).parties().contains("Turkey")).toList());
        assertThat(read(AlertQuery.builder().party("Iran").topic("trade").everything().build()).entries())
                .isEqualTo(whole.stream().filter(e -> byId.get(e.alert().commitment()).parties().contains("Iran")
                        && byId.get(e.alert().commitment()).topics().contains("trade")).toList())
                .isNotEmpty();
        assertThat(read(AlertQuery.builder().rule("approaching").severity(Severity.CRITICAL).everything().build())
                .entries()).isEqualTo(whole.stream().filter(e -> e.alert().rule().equals("approaching")
                && e.alert().severity() == Severity.CRITICAL).toList());
        assertThat(read(AlertQuery.builder().commitments(Set.of(id(2), id(3))).everything().build()).entries())
                .isEqualTo(whole.stream().filter(e -> Set.of(id(2), id(3)).contains(e.alert().commitment()))
                        .toList());
        LedgerEntry one = whole.get(4);
        assertThat(read(AlertQuery.builder().fingerprint(one.fingerprint()).build()).entries()).containsExactly(one);
        assertThat(read(AlertQuery.builder().party("Atlantis").build()).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void eachStatusSelectsTheAlertsShowingThatStatus(Engine engine) {
        List<LedgerEntry> whole = filled(engine);

        for (AlertQuery.Status status : AlertQuery.Status.values()) {
            List<LedgerEntry> expected = whole.stream().filter(e -> switch (status) {
                case ALL -> true;
                case ACTIVE -> e.firing();
                default -> e.status().equals(status.name().toLowerCase(java.util.Locale.ROOT));
            }).toList();
            assertThat(read(AlertQuery.builder().status(status).everything().build()).entries()).as(status.name())
                    .isEqualTo(expected).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void countsBySeverityIgnoreTheChosenSeverityButKeepTheOtherFilters(Engine engine) {
        List<LedgerEntry> firingTrade = filled(engine).stream().filter(e -> e.firing()
                && registry.commitment(e.alert().commitment()).orElseThrow().topics().contains("trade")).toList();

        AlertPage page = read(AlertQuery.builder().status(AlertQuery.Status.ACTIVE).topic("trade")
                .severity(Severity.WARNING).limit(2).build());

        for (Severity s : Severity.values()) {
            assertThat(page.bySeverity().get(s)).as(s.label())
                    .isEqualTo((int) firingTrade.stream().filter(e -> e.alert().severity() == s).count());
        }
        assertThat(page.total()).isEqualTo(page.bySeverity().get(Severity.WARNING));
        assertThat(page.entries()).hasSize(2).allSatisfy(e -> assertThat(e.alert().severity())
                .isEqualTo(Severity.WARNING));
    }
}
