package io.pactwatch.web;

import io.pactwatch.config.Settings;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.model.Commitment;
import io.pactwatch.notify.Routing;
import io.pactwatch.registry.Registry;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Roles (docs/web.md): admins ({@code daemon.admin}) may do everything; a coordinator may acknowledge and record
 * progress for the alerts routed to them or of commitments that name them; everyone signed in may read. Addresses
 * compare without case (RFC 5321 leaves the local part's case to the receiving domain; every domain here ignores it).
 */
final class Access {

    private final Set<String> admins;
    private final Routing routing;
    private final Supplier<Registry> registry;

    Access(Settings settings, Supplier<Registry> registry) {
        this.admins = lower(settings.daemon().admins());
        this.routing = settings.routes().isEmpty() ? null : new Routing(settings.routes());
        this.registry = registry;
    }

    static String normalise(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    Viewer viewer(String address) {
        String normal = normalise(address);
        return new Viewer(normal, admins.contains(normal));
    }

    /** Whether a sign-in link may be sent to {@code address}: a route's, a coordinator's or an admin's address. */
    boolean known(String address) {
        String normal = normalise(address);
        if (admins.contains(normal) || (routing != null && lower(routing.addresses()).contains(normal))) {
            return true;
        }
        for (Commitment c : registry.get().commitments()) {
            for (String coordinator : c.coordinators()) {
                if (normalise(coordinator).equals(normal)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code viewer} may acknowledge or record progress on this alert. */
    boolean mayAct(Viewer viewer, LedgerEntry entry) {
        if (viewer.admin()) {
            return true;
        }
        Optional<Commitment> commitment = registry.get().commitment(entry.alert().commitment());
        if (commitment.isPresent() && lower(commitment.get().coordinators()).contains(viewer.address())) {
            return true;
        }
        return routing != null && lower(routing.recipients(entry.alert(), commitment)).contains(viewer.address());
    }

    /** Whether {@code viewer} may record progress on a commitment: it names them, or one of its alerts may. */
    boolean mayRecord(Viewer viewer, String commitmentId, java.util.List<LedgerEntry> alerts) {
        if (viewer.admin()) {
            return true;
        }
        Optional<Commitment> commitment = registry.get().commitment(commitmentId);
        if (commitment.isPresent() && lower(commitment.get().coordinators()).contains(viewer.address())) {
            return true;
        }
        return alerts.stream().anyMatch(e -> e.alert().commitment().equals(commitmentId) && mayAct(viewer, e));
    }

    private static Set<String> lower(java.util.Collection<String> addresses) {
        Set<String> set = new TreeSet<>();
        addresses.forEach(a -> set.add(normalise(a)));
        return set;
    }
}
