package io.pactwatch.rules;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Severity;
import io.pactwatch.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static io.pactwatch.rules.Facts.commitment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shipped rules say and how alerts come out. The thresholds of each rule (days N-1, N, N+1) are
 * tested by the scenarios in rules/tests/ (ShippedScenariosTest), where rule authors see them too.
 */
class RulePackTest {

    @Test
    void tentativeUnconfirmedSaysWhetherTheWindowStartsOrHasStarted() {
        List<Commitment> conference = List.of(commitment("c").due("first half of 2019").tentative().build());

        assertThat(messages("tentative-unconfirmed", "2018-12-02", conference)).containsExactly(
                "Conference (Russia, Turkey): tentative window 2019-01-01..2019-06-30 starts in 30 days, "
                        + "no confirmation recorded");
        assertThat(messages("tentative-unconfirmed", "2019-05-01", conference)).containsExactly(
                "Conference (Russia, Turkey): tentative window 2019-01-01..2019-06-30 started 120 days ago, "
                        + "no confirmation recorded");
    }

    @ParameterizedTest(name = "a {0} dependency is named in the message")
    @EnumSource(value = Status.class, names = {"CANCELLED", "TERMINATED"})
    void blockedNamesTheDependencyAndWhyItBlocks(Status status) {
        List<Commitment> facts = List.of(commitment("visas").dependsOn("safety").build(),
                commitment("safety").title("Tourist safety").status(status).build());

        assertThat(messages("blocked", "2017-01-01", facts)).containsExactly(
                "Conference (Russia, Turkey): depends on \"Tourist safety\" (safety), which was " + status.label());
    }

    @Test
    void deadlineMessagesCountTheDaysLeftAndPast() {
        List<Commitment> plan = List.of(commitment("p").due("2012-2014").build());

        assertThat(messages("deadline-approaching", "2014-12-30", plan)).containsExactly(
                "Conference (Russia, Turkey): window 2012-01-01..2014-12-31 ends in 1 day, nothing recorded as held, "
                        + "signed or reported");
        assertThat(messages("overdue", "2015-03-01", plan)).containsExactly(
                "Conference (Russia, Turkey): window 2012-01-01..2014-12-31 ended 60 days ago, nothing recorded as "
                        + "held, signed or reported");
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
    void alertsCarryTheCategoryTheirRuleDeclares() {
        List<Commitment> facts = List.of(commitment("p").kind(io.pactwatch.model.Kind.PLAN).due("2012-2014").build());

        assertThat(ShippedRules.evaluate("2015-03-01", facts, List.of()))
                .extracting(a -> a.rule() + ":" + a.category())
                .containsExactlyInAnyOrder("overdue:deadline", "no-successor:gap");
    }

    @Test
    void everyShippedRuleDeclaresItsMetadata() {
        assertThat(RuleCatalog.list(Path.of("rules"))).allSatisfy(rule -> {
            assertThat(Severity.parse(rule.severity())).as(rule.name() + " @severity").isPresent();
            assertThat(rule.category()).as(rule.name() + " @category").isNotBlank();
            assertThat(rule.description()).as(rule.name() + " @description").isNotBlank();
        }).as("a rule author may add rules").extracting(RuleCatalog.Entry::name).contains("deadline-approaching", "overdue",
                "tentative-unconfirmed", "no-successor", "no-replacement", "stale", "recurrence-missed", "undated",
                "blocked");
    }

    @Test
    void everyShippedRuleHasAScenario() {
        assertThat(RuleCatalog.list(Path.of("rules"))).allSatisfy(rule ->
                assertThat(Path.of("rules/tests", rule.name() + ".yaml")).as("scenario of " + rule.name()).exists());
    }

    @Test
    void anEvaluationAsOfADayBeforeAnAnnouncementDoesNotKnowTheCommitment() {
        List<Commitment> facts = List.of(commitment("c").due("2018-01").announced("2018-11-23").build());

        assertThat(ShippedRules.evaluate("2018-11-22", facts, List.of())).isEmpty();
        assertThat(ShippedRules.evaluate("2018-11-23", facts, List.of())).extracting(Alert::rule).containsExactly("overdue");
    }

    private static List<String> messages(String rule, String asOf, List<Commitment> facts) {
        return ShippedRules.evaluate(asOf, facts, List.of()).stream()
                .filter(a -> a.rule().equals(rule)).map(Alert::message).toList();
    }
}
