package io.pactwatch.notify;

import io.pactwatch.ledger.Notice;
import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Severity;
import io.pactwatch.model.Status;
import io.pactwatch.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest {

    static final Commitment PLAN = new Commitment("plan", "Plan", Kind.PLAN, List.of("Russia", "Iran"), List.of(),
            List.of("drugs"), null, false, Status.PLANNED, null, List.of(), List.of(), List.of("coord@example.org"),
            null, LocalDate.of(2012, 1, 1), null);

    /** Gaps → gaps@; Iran (continue) → iran@; critical → duty@; plans → plans@; default → ops@. */
    static final Routing ROUTING = new Routing(List.of(
            new Route(1, new Route.Match(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("gap"), null),
                    List.of("gaps@example.org"), false),
            new Route(2, new Route.Match(Set.of("Iran"), Set.of(), Set.of(), Set.of(), Set.of(), null),
                    List.of("iran@example.org"), true),
            new Route(3, new Route.Match(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Severity.CRITICAL),
                    List.of("duty@example.org"), false),
            new Route(4, new Route.Match(Set.of(), Set.of(), Set.of(Kind.PLAN), Set.of(), Set.of(), null),
                    List.of("plans@example.org"), false),
            new Route(5, null, List.of("ops@example.org"), false)));

    @ParameterizedTest(name = "{0} alert of a {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            critical | Iran party plan  | coord@example.org iran@example.org duty@example.org
            warning  | Iran party plan  | coord@example.org iran@example.org plans@example.org
            warning  | Turkish event    | ops@example.org
            critical | Turkish event    | duty@example.org
            info     | vanished one     | ops@example.org
            """)
    void theCoordinatorAlwaysAndTheFirstMatchingRoutesOrElseTheDefault(String severity, String commitment,
                                                                       String recipients) {
        Commitment target = switch (commitment) {
            case "Iran party plan" -> PLAN;
            case "Turkish event" -> new Commitment("event", "Event", Kind.EVENT, List.of("Turkey"), List.of(),
                    List.of(), null, false, Status.PLANNED, null, List.of(), List.of(), List.of(), null,
                    LocalDate.of(2012, 1, 1), null);
            default -> null;
        };
        String id = target == null ? "gone" : target.id();
        Notice notice = new Notice("f", new Alert("overdue", Severity.parse(severity).orElseThrow(), id, null, "m",
                "deadline"), Notice.Kind.NEW, LocalDate.of(2019, 1, 1), "new");

        Map<String, List<Notice>> routed = ROUTING.route(List.of(notice),
                new Registry(target == null ? List.of() : List.of(target), List.of()));

        assertThat(routed.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.asList(recipients.split(" ")));
    }

    @Test
    void aRouteCanMatchTheCategoryTheRuleDeclares() {
        Notice gap = new Notice("g", new Alert("no-successor", Severity.WARNING, "plan", null, "m", "gap"),
                Notice.Kind.NEW, LocalDate.of(2019, 1, 1), "new");

        Map<String, List<Notice>> routed = ROUTING.route(List.of(gap), new Registry(List.of(PLAN), List.of()));

        assertThat(routed.keySet()).containsExactlyInAnyOrder("coord@example.org", "gaps@example.org");
    }
}
