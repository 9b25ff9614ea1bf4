package io.pactwatch.notify;

import io.pactwatch.ledger.CalendarEntry;
import io.pactwatch.ledger.Deadlines;
import io.pactwatch.ledger.Fingerprint;
import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Notice;
import io.pactwatch.ledger.RepeatPolicy;
import io.pactwatch.ledger.Silence;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.InvalidInputException;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notifying pass's decisions over a sequence of days (its stages from reading the ledger to writing it, on
 * alerts given here instead of evaluated), on H2 and on PostgreSQL.
 */
class AlertDecisionsTest {

    static final LocalDate DAY1 = LocalDate.of(2019, 5, 1);
    static final Commitment CONFERENCE = new Commitment("conf", "Conference", Kind.EVENT, List.of("Russia", "Turkey"),
            List.of(), List.of("cybersecurity"), null, false, Status.PLANNED, null, List.of(), List.of(), List.of(),
            null, LocalDate.of(2018, 1, 1), null);
    static final Registry REGISTRY = new Registry(List.of(CONFERENCE), List.of());

    @TempDir
    Path dir;

    private Database db;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-05-01T07:00:00Z"), ZoneOffset.UTC);
    private final Ledger ledger = new Ledger(CLOCK);

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    static Alert alert(Severity severity) {
        return new Alert("deadline-approaching", severity, "conf", LocalDate.of(2019, 6, 30), "ends soon", "deadline");
    }

    private List<Notice.Kind> run(LocalDate day, Alert... alerts) {
        return db.inTransaction(c -> decide(c, day, alerts).notices).stream().map(Notice::kind).toList();
    }

    /** The pass's stages from the ledger's reading to its writing, on these alerts. */
    private PassState decide(java.sql.Connection c, LocalDate day, Alert... alerts) throws java.sql.SQLException {
        return Fixtures.decide(c, ledger, REGISTRY, day, CLOCK.instant(), List.of(alerts));
    }

    private List<LedgerEntry> entries() {
        return db.inTransaction(c -> ledger.list(c));
    }

    private List<HistoryEntry> history(String fp) {
        return db.inTransaction(c -> ledger.history(c, fp));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAlertStoredAsToldWithoutItsNoticeInTheHistoryIsToldAgainInsteadOfNever(Engine engine) {
        db = TestDatabases.open(engine, dir);
        Alert warning = alert(Severity.WARNING);
        assertThat(run(DAY1, warning)).containsExactly(Notice.Kind.NEW);
        // What a pass whose commit reached the disk only in part left: the alert's row, without its history.
        db.inTransaction(c -> io.pactwatch.store.Sql.update(c, "delete from alert_event"));

        assertThat(run(DAY1.plusDays(1), warning)).as("not \"repeat interval not elapsed\"")
                .containsExactly(Notice.Kind.NEW);
        assertThat(history(Fingerprint.of(warning))).extracting(HistoryEntry::decision)
                .containsExactly(HistoryEntry.NOTIFY);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void twoPassesAtOnceOnOneDatabaseTellEachAlertOnce(Engine engine) throws Exception {
        db = TestDatabases.open(engine, dir);
        Alert warning = alert(Severity.WARNING);
        java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<List<Notice.Kind>> pass = () -> db.inTransaction(c -> {
                try {
                    both.await(); // both hold a connection and are about to read the ledger
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return decide(c, DAY1, warning).notices.stream().map(Notice::kind).toList();
            });
            var first = two.submit(pass);
            var second = two.submit(pass);

            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(List.of(Notice.Kind.NEW),
                    List.of());
        } finally {
            two.shutdownNow();
        }
        assertThat(history(Fingerprint.of(warning))).as("the second pass's quiet day follows from the first's notice")
                .extracting(HistoryEntry::decision).containsExactly(HistoryEntry.NOTIFY);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aWarningIsToldWhenNewThenAfterSevenDaysThenWhenItRisesAndOnceWhenResolved(Engine engine) {
        db = TestDatabases.open(engine, dir);
        Alert warning = alert(Severity.WARNING);

        assertThat(run(DAY1, warning)).containsExactly(Notice.Kind.NEW);
        assertThat(run(DAY1, warning)).as("the same day again").isEmpty();
        for (int d = 1; d < 7; d++) {
            assertThat(run(DAY1.plusDays(d), warning)).as("day %d", d).isEmpty();
        }
        assertThat(run(DAY1.plusDays(7), warning)).containsExactly(Notice.Kind.REPEAT);
        assertThat(run(DAY1.plusDays(8), alert(Severity.CRITICAL))).containsExactly(Notice.Kind.SEVERITY_ROSE);
        assertThat(run(DAY1.plusDays(9), alert(Severity.CRITICAL))).containsExactly(Notice.Kind.REPEAT);
        assertThat(run(DAY1.plusDays(10))).containsExactly(Notice.Kind.RESOLVED);
        assertThat(run(DAY1.plusDays(11))).isEmpty();
        assertThat(run(DAY1.plusDays(12), warning)).as("firing again is a new spell").containsExactly(Notice.Kind.NEW);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anAcknowledgementHoldsUntilItsDateOrUntilTheSeverityRises(Engine engine) {
        db = TestDatabases.open(engine, dir);
        Alert info = alert(Severity.INFO);
        run(DAY1, info);
        String fp = Fingerprint.of(info);

        List<LedgerEntry> acked = db.inTransaction(c -> ledger.acknowledge(c, "conf", DAY1.plusDays(40), "ana",
                "known"));

        assertThat(acked).extracting(LedgerEntry::fingerprint).containsExactly(fp);
        assertThat(run(DAY1.plusDays(30), info)).as("repeat due, but acknowledged").isEmpty();
        assertThat(run(DAY1.plusDays(41), info)).as("acknowledgement expired").containsExactly(Notice.Kind.REPEAT);
        db.inTransaction(c -> ledger.acknowledge(c, fp, null, "ana", null));
        assertThat(run(DAY1.plusDays(80), info)).isEmpty();
        assertThat(run(DAY1.plusDays(81), alert(Severity.WARNING))).containsExactly(Notice.Kind.SEVERITY_ROSE);
        assertThat(history(fp)).extracting(HistoryEntry::reason).contains(
                "acknowledged by ana until 2019-06-10",
                "acknowledged by ana until it resolves or its severity rises",
                "severity rose from info to warning (above the acknowledged info)");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSilenceOnAPartyMutesUntilItsDateAndTheAlertIsThenToldAsNew(Engine engine) {
        db = TestDatabases.open(engine, dir);
        db.inTransaction(c -> ledger.silence(c, Silence.Matcher.PARTY, "Turkey", DAY1.plusDays(2), "ops", null));
        Alert warning = alert(Severity.WARNING);

        assertThat(run(DAY1, warning)).isEmpty();
        assertThat(run(DAY1.plusDays(2), warning)).isEmpty();
        assertThat(run(DAY1.plusDays(3), warning)).containsExactly(Notice.Kind.NEW);
        assertThat(history(Fingerprint.of(warning)))
                .extracting(HistoryEntry::decision, HistoryEntry::reason).startsWith(
                        org.assertj.core.groups.Tuple.tuple("quiet",
                                "silenced by silence #1 (party Turkey) until 2019-05-03"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theHistoryKeepsTheDaysSomethingChangedNotEveryQuietDay(Engine engine) {
        db = TestDatabases.open(engine, dir);
        Alert warning = alert(Severity.WARNING);
        String fp = Fingerprint.of(warning);
        for (int d = 0; d <= 7; d++) {
            run(DAY1.plusDays(d), warning);
        }
        db.inTransaction(c -> ledger.acknowledge(c, fp, null, "ana", null));
        for (int d = 8; d <= 20; d++) {
            run(DAY1.plusDays(d), warning);
        }

        assertThat(history(fp)).extracting(HistoryEntry::asOf, HistoryEntry::decision, HistoryEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DAY1, "notify", "new"),
                        org.assertj.core.groups.Tuple.tuple(DAY1.plusDays(7), "notify",
                                "repeat interval of 7 days elapsed (last told on 2019-05-01)"),
                        org.assertj.core.groups.Tuple.tuple(DAY1.plusDays(14), "quiet",
                                "acknowledged by ana until it resolves or its severity rises"));
        assertThat(entries()).singleElement()
                .satisfies(e -> assertThat(e.lastSeen()).as("seen on the last day").isEqualTo(DAY1.plusDays(20)));
    }

    /** The deadline alert as its rule words it on {@code day}: the message counts the days left. */
    static Alert counting(Severity severity, LocalDate day) {
        long left = java.time.temporal.ChronoUnit.DAYS.between(day, LocalDate.of(2019, 6, 30));
        return new Alert("deadline-approaching", severity, "conf", LocalDate.of(2019, 6, 30),
                "ends in " + left + " days", "deadline");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMessageThatChangedAloneIsListedWithTheDayItWasWrittenAndTodaysOnceTheAlertIsToldAgain(Engine engine) {
        db = TestDatabases.open(engine, dir);
        for (int d = 0; d <= 3; d++) {
            run(DAY1.plusDays(d), counting(Severity.WARNING, DAY1.plusDays(d)));
        }

        assertThat(entries()).singleElement().extracting(e -> e.alert().message())
                .as("not \"ends in 60 days\" as if counted on 2019-05-04")
                .isEqualTo("ends in 60 days (as of 2019-05-01)");

        run(DAY1.plusDays(7), counting(Severity.WARNING, DAY1.plusDays(7)));
        assertThat(entries()).singleElement().extracting(e -> e.alert().message()).as("told again on 2019-05-08")
                .isEqualTo("ends in 53 days");
        run(DAY1.plusDays(8), counting(Severity.CRITICAL, DAY1.plusDays(8)));
        assertThat(entries()).singleElement().extracting(e -> e.alert().message()).as("its severity rose")
                .isEqualTo("ends in 52 days");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aResolvedAlertIsToldWithItsLastMessageAndThatMessagesDay(Engine engine) {
        db = TestDatabases.open(engine, dir);
        for (int d = 0; d <= 3; d++) {
            run(DAY1.plusDays(d), counting(Severity.WARNING, DAY1.plusDays(d)));
        }

        List<Notice> resolved = db.inTransaction(c -> decide(c, DAY1.plusDays(4)).notices);

        assertThat(resolved).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.RESOLVED);
            assertThat(n.alert().message()).isEqualTo("ends in 60 days (as of 2019-05-01)");
        });
        assertThat(entries()).singleElement().extracting(e -> e.alert().message())
                .isEqualTo("ends in 60 days (as of 2019-05-01)");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyStageAnswersAboutAnAlertAndTheFirstQuietOneDecides(Engine engine) {
        db = TestDatabases.open(engine, dir);
        Alert warning = alert(Severity.WARNING);
        run(DAY1, warning);
        db.inTransaction(c -> ledger.silence(c, Silence.Matcher.COMMITMENT, "conf", DAY1.plusDays(30), "ops", null));

        AlertInPass trail = db.<List<AlertInPass>>inTransaction(c -> decide(c, DAY1.plusDays(1), warning).alerts())
                .get(0);

        assertThat(trail.answers()).extracting(AlertInPass.Answer::stage, AlertInPass.Answer::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("decide", AlertInPass.Verdict.QUIET),
                org.assertj.core.groups.Tuple.tuple("acknowledged", AlertInPass.Verdict.PASS),
                org.assertj.core.groups.Tuple.tuple("silenced", AlertInPass.Verdict.QUIET));
        assertThat(trail.decisive()).get().extracting(AlertInPass.Answer::reason)
                .isEqualTo("repeat interval of 7 days not elapsed (next reminder on 2019-05-08)");
        assertThat(entries()).singleElement()
                .satisfies(e -> assertThat(e.status()).as("the silence is named though it did not decide")
                        .isEqualTo("silenced"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anEarlierDayThanTheLedgerHoldsIsRefused(Engine engine) {
        db = TestDatabases.open(engine, dir);
        run(DAY1, alert(Severity.INFO));

        assertThatThrownBy(() -> run(DAY1.minusDays(1), alert(Severity.INFO)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already holds the evaluation of 2019-05-01");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void acknowledgingSomethingUnknownIsAnErrorThatSaysWhereToLook(Engine engine) {
        db = TestDatabases.open(engine, dir);

        assertThatThrownBy(() -> db.inTransaction(c -> ledger.acknowledge(c, "nope", null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("`pactwatch alerts` lists them");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aMovedDeadlineKeepsItsCalendarUidAndRaisesTheSequence(Engine engine) {
        db = TestDatabases.open(engine, dir);

        CalendarEntry first = db.inTransaction(c -> Deadlines.track(c, "conf", LocalDate.of(2019, 6, 30)));
        CalendarEntry same = db.inTransaction(c -> Deadlines.track(c, "conf", LocalDate.of(2019, 6, 30)));
        CalendarEntry moved = db.inTransaction(c -> Deadlines.track(c, "conf", LocalDate.of(2019, 9, 30)));

        assertThat(same).isEqualTo(first);
        assertThat(first.sequence()).isZero();
        assertThat(moved.uid()).isEqualTo(first.uid());
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(moved.due()).isEqualTo(LocalDate.of(2019, 9, 30));
    }
}
