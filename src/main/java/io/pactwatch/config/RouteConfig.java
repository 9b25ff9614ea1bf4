package io.pactwatch.config;

import io.pactwatch.model.Kind;
import io.pactwatch.model.Severity;
import io.pactwatch.notify.Route;
import io.pactwatch.yaml.Keys;
import io.pactwatch.yaml.Mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code routes:}: a list of routes, exactly one of them the default (no {@code match}). */
final class RouteConfig {

    static final Set<String> ROUTE = Keys.ordered("match", "to", "continue");
    static final Set<String> MATCH = Keys.ordered("party", "topic", "kind", "rule", "category", "severity");

    private RouteConfig() {
    }

    static List<Route> routes(Mapping top) {
        List<Route> routes = new ArrayList<>();
        Route firstDefault = null;
        for (Mapping m : top.mappings("routes", ROUTE)) {
            Route.Match match = m.has("match") ? m.mapping("match", MATCH).map(RouteConfig::match).orElse(null) : null;
            List<String> to = m.addresses("to");
            if (!m.has("to")) {
                m.problem("to", "missing required key \"to\": the addresses this route sends to");
            }
            Route route = new Route(m.line(), match, to, m.bool("continue").orElse(false));
            if (route.isDefault() && !m.has("match")) {
                if (firstDefault != null) {
                    m.problem("to", "a second default route (a route without \"match\"; the first is at line "
                            + firstDefault.line() + "); give this one a \"match\" or merge the two");
                }
                firstDefault = firstDefault == null ? route : firstDefault;
            }
            routes.add(route);
        }
        if (firstDefault == null && !routes.isEmpty()) {
            top.problem("routes", "no default route: add a route without \"match\" (last, by convention) naming who"
                    + " receives the alerts no other route takes");
        }
        return routes;
    }

    private static Route.Match match(Mapping m) {
        Set<Kind> kinds = new LinkedHashSet<>();
        for (String text : m.texts("kind")) {
            MailConfig.label(m, "kind", Kind.class, text).ifPresent(kinds::add);
        }
        Severity severity = m.text("severity").flatMap(text -> MailConfig.label(m, "severity", Severity.class, text))
                .orElse(null);
        if (m.texts("party").isEmpty() && m.texts("topic").isEmpty() && kinds.isEmpty() && m.texts("rule").isEmpty()
                && m.texts("category").isEmpty() && severity == null) {
            m.problem("party", "an empty \"match\" matches everything; remove it to make this the default route");
        }
        return new Route.Match(Set.copyOf(m.texts("party")), Set.copyOf(m.texts("topic")), kinds,
                Set.copyOf(m.texts("rule")), Set.copyOf(m.texts("category")), severity);
    }
}
