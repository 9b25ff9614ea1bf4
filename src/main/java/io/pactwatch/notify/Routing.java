package io.pactwatch.notify;

import io.pactwatch.ledger.Notice;
import io.pactwatch.model.Commitment;
import io.pactwatch.registry.Registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is told what. Routes are tried in order; the first that matches takes the notice, and with
 * {@code continue: true} later routes may take it too (Alertmanager's routing tree, flattened). The default route
 * takes what no other route took. The commitment's own coordinators always receive it.
 */
public final class Routing {

    private final List<Route> routes;

    public Routing(List<Route> routes) {
        if (routes.stream().noneMatch(Route::isDefault)) {
            throw new IllegalArgumentException("routes need a default route (the config loader checks this)");
        }
        this.routes = List.copyOf(routes);
    }

    /** Every address some route sends to. */
    public Set<String> addresses() {
        Set<String> all = new LinkedHashSet<>();
        routes.forEach(r -> all.addAll(r.to()));
        return all;
    }

    /** Each recipient's notices, recipients in alphabetical order, notices in the order given. */
    public Map<String, List<Notice>> route(List<Notice> notices, Registry known) {
        Map<String, List<Notice>> byRecipient = new TreeMap<>();
        for (Notice notice : notices) {
            for (String recipient : recipients(notice, known.commitment(notice.alert().commitment()))) {
                byRecipient.computeIfAbsent(recipient, r -> new ArrayList<>()).add(notice);
            }
        }
        return byRecipient;
    }

    /** The recipients of one notice, each once. */
    Set<String> recipients(Notice notice, Optional<Commitment> commitment) {
        return recipients(notice.alert(), commitment);
    }

    /** Who is told about {@code alert}, each once: who may act on it (docs/web.md, "Roles"). */
    public Set<String> recipients(io.pactwatch.model.Alert alert, Optional<Commitment> commitment) {
        Set<String> recipients = new LinkedHashSet<>();
        commitment.ifPresent(c -> recipients.addAll(c.coordinators()));
        boolean taken = false;
        for (Route route : routes) {
            if (!route.isDefault() && commitment.isPresent() && route.matches(alert, commitment.get())) {
                recipients.addAll(route.to());
                taken = true;
                if (!route.continueMatching()) {
                    break;
                }
            }
        }
        if (!taken) {
            routes.stream().filter(Route::isDefault).findFirst().ifPresent(r -> recipients.addAll(r.to()));
        }
        return recipients;
    }
}
