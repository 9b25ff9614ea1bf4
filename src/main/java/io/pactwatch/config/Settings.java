package io.pactwatch.config;

import io.pactwatch.ledger.RepeatPolicy;
import io.pactwatch.model.Policy;
import io.pactwatch.notify.DeliverySettings;
import io.pactwatch.notify.MailSettings;
import io.pactwatch.notify.Route;
import io.pactwatch.store.DatabaseSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * The validated contents of {@code config/pactwatch.yaml}, with paths already resolved.
 *
 * @param registry  the registry directory
 * @param rules     the DRL rule directory
 * @param policy    the thresholds rules read
 * @param database  where the ledger and the outbox live
 * @param repeat    repeat intervals and resolved notices ({@code notify:})
 * @param templates the directory of the digest's Mustache templates ({@code notify.templates})
 * @param mail      the transport
 * @param delivery  retries, leases, batches
 * @param routes    who receives which alerts; empty when the config has no {@code routes:} (then nothing can
 *                  be notified, and {@code evaluate --notify} says so)
 * @param daemon    the schedule and the process of {@code pactwatch run}
 * @param web       the console, the API and the links in digests
 */
public record Settings(Path registry, Path rules, Policy policy, DatabaseSettings database, RepeatPolicy repeat,
                       Path templates, MailSettings mail, DeliverySettings delivery, List<Route> routes,
                       DaemonSettings daemon, WebSettings web) {

    public static final String DEFAULT_REGISTRY = "commitments";
    public static final String DEFAULT_RULES = "rules";
    public static final String DEFAULT_TEMPLATES = "config/templates";

    public Settings {
        routes = List.copyOf(routes);
    }

    /** The settings of a home directory with no config file. */
    public static Settings defaults(Path home) {
        return new Settings(home.resolve(DEFAULT_REGISTRY), home.resolve(DEFAULT_RULES), Policy.defaults(),
                DatabaseSettings.embedded(home), RepeatPolicy.defaults(), home.resolve(DEFAULT_TEMPLATES),
                MailSettings.defaults(home), DeliverySettings.defaults(), List.of(), DaemonSettings.defaults(),
                WebSettings.defaults(home));
    }

    public Settings withRegistry(Path directory) {
        return new Settings(directory, rules, policy, database, repeat, templates, mail, delivery, routes, daemon,
                web);
    }

    public Settings withRules(Path directory) {
        return new Settings(registry, directory, policy, database, repeat, templates, mail, delivery, routes, daemon,
                web);
    }

    public Settings withDatabase(DatabaseSettings settings) {
        return new Settings(registry, rules, policy, settings, repeat, templates, mail, delivery, routes, daemon,
                web);
    }
}
