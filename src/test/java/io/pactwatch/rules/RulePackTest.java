package io.pactwatch.rules;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.model.Severity;
import io.pactwatch.model.Status;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.pactwatch.rules.Facts.commitment;
import static io.pactwatch.rules.Facts.progress;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each shipped rule on the days around its threshold (N-1, N, N+1 with the default policy) and with the
 * progress that should silence it. Windows are chosen so that only the rule under test can fire.
 */
class RulePackTest {

    /** The alerts of one rule, as "severity@due" strings: compact to compare, precise enough to matter. */
    private static List<String> fired(String rule, String asOf, List<Commitment> commitments, Progress... progress) {
        return ShippedRules.evaluate(asOf, commitments, List.of(progress)).stream()
                .filter(a -> a.rule().equals(rule))
                .map(a -> a.commitment() + ":" + a.severity().label() + "@" + a.due())
                .toList();
    }

    @Nested
    class DeadlineApproaching {

        private final List<Commitment> conference = List.of(commitment("c").due("2019-06-30").announced("2019-03-01").build());

        @ParameterizedTest(name = "as of {0}: {1}")
        @CsvSource(textBlock = """
                2019-03-31, ''
                2019-04-01, c:info@2019-06-30
                2019-04-02, c:info@2019-06-30
                2019-05-30, c:info@2019-06-30
                2019-05-31, c:warning@2019-06-30
                2019-06-22, c:warning@2019-06-30
                2019-06-23, c:critical@2019-06-30
                2019-06-30, c:critical@2019-06-30
                2019-07-01, ''
                """)
        void firesFromNinetyDaysOutWithSeverityRisingAtThirtyAndSeven(String asOf, String expected) {
            assertThat(fired("deadline-approaching", asOf, conference)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        }

        @ParameterizedTest(name = "{0} progress silences it")
        @EnumSource(value = ProgressKind.class, names = {"HELD", "SIGNED", "REPORTED"})
        void isSilencedByFulfillingProgress(ProgressKind kind) {
            assertThat(fired("deadline-approaching", "2019-06-25", conference, progress("c", "2019-06-20", kind))).isEmpty();
        }

        @Test
        void isNotSilencedByAConfirmation() {
            assertThat(fired("deadline-approaching", "2019-06-25", conference, progress("c", "2019-06-20", ProgressKind.CONFIRMED)))
                    .hasSize(1);
        }

        @ParameterizedTest(name = "status {0} raises nothing")
        @EnumSource(value = Status.class, names = {"FULFILLED", "CANCELLED", "SUPERSEDED", "TERMINATED"})
        void ignoresClosedCommitments(Status status) {
            assertThat(fired("deadline-approaching", "2019-06-25",
                    List.of(commitment("c").due("2019-06-30").announced("2019-03-01").status(status).build()))).isEmpty();
        }
    }

    @Nested
    class Overdue {

        private final List<Commitment> conference = List.of(commitment("c").due("first half of 2019").build());

        @ParameterizedTest(name = "as of {0}: {1}")
        @CsvSource(textBlock = """
                2019-06-29, ''
                2019-06-30, ''
                2019-07-01, c:critical@2019-06-30
                2025-01-01, c:critical@2019-06-30
                """)
        void firesTheDayAfterTheWindowEnds(String asOf, String expected) {
            assertThat(fired("overdue", asOf, conference)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        }

        @Test
        void isSilencedByAHeldMeetingEvenWhenTheStatusWasNotUpdated() {
            assertThat(fired("overdue", "2019-07-01", conference, progress("c", "2019-04-16", ProgressKind.HELD))).isEmpty();
        }

        @Test
        void ignoresProgressRecordedAfterTheAsOfDate() {
            assertThat(fired("overdue", "2019-07-01", conference, progress("c", "2019-07-02", ProgressKind.HELD))).hasSize(1);
        }

        @Test
        void ignoresAFulfilledCommitment() {
            assertThat(fired("overdue", "2019-07-01",
                    List.of(commitment("c").due("first half of 2019").status(Status.FULFILLED).build()))).isEmpty();
        }
    }

    @Nested
    class TentativeUnconfirmed {

        private final List<Commitment> conference = List.of(commitment("c").due("first half of 2019").tentative().build());

        @ParameterizedTest(name = "as of {0}: {1}")
        @CsvSource(textBlock = """
                2018-11-01, ''
                2018-11-02, c:warning@2019-01-01
                2018-11-03, c:warning@2019-01-01
                2019-05-01, c:warning@2019-01-01
                """)
        void firesFromSixtyDaysBeforeTheWindowStarts(String asOf, String expected) {
            assertThat(fired("tentative-unconfirmed", asOf, conference))
                    .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        }

        @ParameterizedTest(name = "{0} progress silences it")
        @EnumSource(value = ProgressKind.class, names = {"CONFIRMED", "HELD"})
        void isSilencedByAConfirmation(ProgressKind kind) {
            assertThat(fired("tentative-unconfirmed", "2019-02-11", conference, progress("c", "2019-02-10", kind))).isEmpty();
        }

        @Test
        void ignoresAFirmDate() {
            assertThat(fired("tentative-unconfirmed", "2019-05-01",
                    List.of(commitment("c").due("first half of 2019").build()))).isEmpty();
        }

        @Test
        void saysWhetherTheWindowStartsOrHasStarted() {
            assertThat(ShippedRules.evaluate("2018-12-02", conference, List.of()))
                    .filteredOn(a -> a.rule().equals("tentative-unconfirmed")).extracting(Alert::message)
                    .containsExactly("Conference (Russia, Turkey): tentative window 2019-01-01..2019-06-30 starts in 30 days, "
                            + "no confirmation recorded");
            assertThat(ShippedRules.evaluate("2019-05-01", conference, List.of()))
                    .filteredOn(a -> a.rule().equals("tentative-unconfirmed")).extracting(Alert::message)
                    .containsExactly("Conference (Russia, Turkey): tentative window 2019-01-01..2019-06-30 started 120 days ago, "
                            + "no confirmation recorded");
        }
    }

    @Nested
    class NoSuccessor {

        private Facts plan() {
            return commitment("plan").kind(Kind.PLAN).due("2012-2014").announced("2012-01-24").status(Status.IN_PROGRESS);
        }

        @ParameterizedTest(name = "as of {0}: {1}")
        @CsvSource(textBlock = """
                2014-07-03, ''
                2014-07-04, plan:warning@2014-12-31
                2014-07-05, plan:warning@2014-12-31
                2015-03-01, plan:warning@2014-12-31
                """)
        void firesFrom180DaysBeforeThePlanEnds(String asOf, String expected) {
            assertThat(fired("no-successor", asOf, List.of(plan().build())))
                    .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        }

        @Test
        void isSilencedByAnyCommitmentThatSupersedesIt() {
            List<Commitment> both = List.of(plan().build(),
                    commitment("next").kind(Kind.PLAN).due("2015-2017").supersedes("plan").status(Status.PROPOSED).build());
            assertThat(fired("no-successor", "2014-10-01", both)).isEmpty();
        }

        @Test
        void aCancelledSuccessorDoesNotCount() {
            List<Commitment> both = List.of(plan().build(),
                    commitment("next").kind(Kind.PLAN).supersedes("plan").status(Status.CANCELLED).build());
            assertThat(fired("no-successor", "2014-10-01", both)).containsExactly("plan:warning@2014-12-31");
        }

        @Test
        void aFulfilledPlanStillNeedsASuccessor() {
            assertThat(fired("no-successor", "2014-10-01", List.of(plan().status(Status.FULFILLED).build()))).hasSize(1);
        }

        @Test
        void appliesToTimeBoxedAgreementsButNotToEventsOrOpenEndedAgreements() {
            List<Commitment> facts = List.of(
                    commitment("treaty").kind(Kind.AGREEMENT).due("2012-2014").build(),
                    commitment("open-ended").kind(Kind.AGREEMENT).build(),
                    commitment("meeting").kind(Kind.EVENT).due("2014").build());
            assertThat(fired("no-successor", "2014-10-01", facts)).containsExactly("treaty:warning@2014-12-31");
        }
    }

    @Nested
    class NoReplacement {

        private final Commitment agreement = commitment("old").kind(Kind.AGREEMENT).status(Status.TERMINATED)
                .announced("2002-01-01").build();
        private final Progress terminated = progress("old", "2013-01-30", ProgressKind.TERMINATED);

        @ParameterizedTest(name = "as of {0}: {1}")
        @CsvSource(textBlock = """
                2014-01-29, ''
                2014-01-30, ''
                2014-01-31, old:warning@2013-01-30
                2014-06-01, old:warning@2013-01-30
                """)
        void firesMoreThan365DaysAfterTheTermination(String asOf, String expected) {
            assertThat(fired("no-replacement", asOf, List.of(agreement), terminated))
                    .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        }

        @Test
        void aSuccessorStillUnderWorkIsNoReplacement() {
            Commitment underWork = commitment("new").kind(Kind.AGREEMENT).supersedes("old").status(Status.IN_PROGRESS)
                    .announced("2013-01-31").build();
            assertThat(fired("no-replacement", "2014-06-01", List.of(agreement, underWork), terminated)).hasSize(1);
        }

        @Test
        void aSignedSuccessorIsAReplacement() {
            Commitment signed = commitment("new").kind(Kind.AGREEMENT).supersedes("old").announced("2013-01-31").build();
            assertThat(fired("no-replacement", "2014-06-01", List.of(agreement, signed), terminated,
                    progress("new", "2014-03-01", ProgressKind.SIGNED))).isEmpty();
            assertThat(fired("no-replacement", "2014-06-01", List.of(agreement,
                    commitment("new").supersedes("old").status(Status.FULFILLED).build()), terminated)).isEmpty();
        }

        @Test
        void withoutTerminationProgressTheStatusCountsFromTheAnnouncement() {
            Commitment byStatus = commitment("old").kind(Kind.AGREEMENT).status(Status.TERMINATED).announced("2020-01-01").build();
            assertThat(fired("no-replacement", "2021-01-01", List.of(byStatus))).containsExactly("old:warning@2020-01-01");
            assertThat(fired("no-replacement", "2020-12-31", List.of(byStatus))).isEmpty();
        }

        @Test
        void terminationProgressOnAnOpenCommitmentCountsToo() {
            Commitment open = commitment("old").kind(Kind.AGREEMENT).status(Status.IN_PROGRESS).announced("2002-01-01").build();
            assertThat(fired("no-replacement", "2014-06-01", List.of(open), terminated)).hasSize(1);
        }
    }

    @Nested
    class Stale {

        private final Commitment undated = commitment("c").announced("2019-01-01").build();

        @ParameterizedTest(name = "as of {0}: {1}")
        @CsvSource(textBlock = """
                2019-06-29, ''
                2019-06-30, c:info@2019-01-01
                2019-07-01, c:info@2019-01-01
                """)
        void firesAfter180DaysWithoutProgress(String asOf, String expected) {
            assertThat(fired("stale", asOf, List.of(undated))).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        }

        @Test
        void anyProgressRestartsTheCount() {
            Progress note = progress("c", "2019-03-01", ProgressKind.NOTE);
            assertThat(fired("stale", "2019-08-27", List.of(undated), note)).isEmpty();
            assertThat(fired("stale", "2019-08-28", List.of(undated), note)).containsExactly("c:info@2019-03-01");
        }

        @Test
        void leavesCommitmentsWhoseWindowHasEndedToOverdue() {
            Commitment ended = commitment("c").due("2019-03").announced("2019-01-01").build();
            assertThat(fired("stale", "2019-07-01", List.of(ended))).isEmpty();
        }
    }

    @Nested
    class RecurrenceMissed {

        private final Commitment council = commitment("council").kind(Kind.BODY).recurs("every 12 months")
                .announced("2021-12-01").build();
        private final Progress held = progress("council", "2021-12-01", ProgressKind.HELD);

        @ParameterizedTest(name = "as of {0}: {1}")
        @CsvSource(textBlock = """
                2022-12-30, ''
                2022-12-31, ''
                2023-01-01, council:warning@2022-12-01
                """)
        void firesWhenTheIntervalPlusGraceHasPassed(String asOf, String expected) {
            assertThat(fired("recurrence-missed", asOf, List.of(council), held))
                    .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        }

        @Test
        void aReportedOccurrenceRestartsTheInterval() {
            Progress reported = progress("council", "2022-11-20", ProgressKind.REPORTED);
            assertThat(fired("recurrence-missed", "2023-06-01", List.of(council), held, reported)).isEmpty();
            assertThat(fired("recurrence-missed", "2024-01-01", List.of(council), held, reported))
                    .containsExactly("council:warning@2023-11-20");
        }

        @Test
        void aNoteIsNotAnOccurrence() {
            Progress note = progress("council", "2022-11-20", ProgressKind.NOTE);
            assertThat(fired("recurrence-missed", "2023-01-01", List.of(council), held, note)).hasSize(1);
        }
    }

    @Nested
    class Undated {

        @ParameterizedTest(name = "as of {0}: {1}")
        @CsvSource(textBlock = """
                2019-03-31, ''
                2019-04-01, ''
                2019-04-02, c:info@2019-01-01
                """)
        void firesMoreThan90DaysAfterAnAnnouncementWithoutADate(String asOf, String expected) {
            assertThat(fired("undated", asOf, List.of(commitment("c").announced("2019-01-01").build())))
                    .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
        }

        @Test
        void ignoresDatedAndRecurringCommitments() {
            List<Commitment> facts = List.of(commitment("dated").due("2030").announced("2019-01-01").build(),
                    commitment("recurring").recurs("annually").announced("2019-01-01").build());
            assertThat(fired("undated", "2019-06-01", facts)).isEmpty();
        }
    }

    @Nested
    class Blocked {

        private Commitment dependent() {
            return commitment("visas").dependsOn("safety").announced("2016-12-01").build();
        }

        @Test
        void firesWhenTheDependencyIsOverdue() {
            List<Commitment> facts = List.of(dependent(), commitment("safety").due("2017-H1").announced("2016-12-01").build());
            assertThat(fired("blocked", "2017-06-30", facts)).isEmpty();
            assertThat(fired("blocked", "2017-07-01", facts)).containsExactly("visas:warning@2017-06-30");
        }

        @ParameterizedTest(name = "a {0} dependency blocks")
        @EnumSource(value = Status.class, names = {"CANCELLED", "TERMINATED"})
        void firesWhenTheDependencyIsCancelledOrTerminated(Status status) {
            List<Commitment> facts = List.of(dependent(), commitment("safety").status(status).announced("2016-12-01").build());
            assertThat(ShippedRules.evaluate("2017-01-01", facts, List.of()))
                    .filteredOn(a -> a.rule().equals("blocked"))
                    .extracting(Alert::message)
                    .containsExactly("Conference (Russia, Turkey): depends on \"Conference\" (safety), which was " + status.label());
        }

        @Test
        void staysQuietWhileTheDependencyIsOnTrackOrDone() {
            List<Commitment> facts = List.of(dependent(), commitment("safety").due("2017-H1").announced("2016-12-01").build());
            assertThat(fired("blocked", "2017-03-01", facts)).isEmpty();
            assertThat(fired("blocked", "2017-07-01", facts, progress("safety", "2017-05-01", ProgressKind.REPORTED))).isEmpty();
        }
    }

    @Test
    void alertsComeMostSevereFirstThenByDate() {
        List<Commitment> facts = List.of(
                commitment("late").due("2019-Q1").announced("2019-01-01").build(),
                commitment("soon").due("2019-05").announced("2019-01-01").build(),
                commitment("later").due("2019-06").announced("2019-01-01").build());

        List<Alert> alerts = ShippedRules.evaluate("2019-05-02", facts, List.of());

        assertThat(alerts).extracting(a -> a.rule() + " " + a.commitment()).containsExactly(
                "overdue late", "deadline-approaching soon", "deadline-approaching later");
        assertThat(alerts).extracting(Alert::severity).containsExactly(Severity.CRITICAL, Severity.WARNING, Severity.INFO);
    }

    @Test
    void everyShippedRuleDeclaresItsMetadata() {
        assertThat(ShippedRules.get().rules()).allSatisfy(rule -> {
            assertThat(Severity.parse(rule.severity())).as(rule.name() + " @severity").isPresent();
            assertThat(rule.category()).as(rule.name() + " @category").isNotBlank();
            assertThat(rule.description()).as(rule.name() + " @description").isNotBlank();
        }).extracting(RuleInfo::name).containsExactlyInAnyOrder("deadline-approaching", "overdue",
                "tentative-unconfirmed", "no-successor", "no-replacement", "stale", "recurrence-missed", "undated",
                "blocked");
    }

    @Test
    void anEvaluationAsOfADayBeforeAnAnnouncementDoesNotKnowTheCommitment() {
        List<Commitment> facts = List.of(commitment("c").due("2018-01").announced("2018-11-23").build());

        assertThat(ShippedRules.evaluate("2018-11-22", facts, List.of())).isEmpty();
        assertThat(ShippedRules.evaluate("2018-11-23", facts, List.of())).extracting(Alert::rule).containsExactly("overdue");
    }
}
