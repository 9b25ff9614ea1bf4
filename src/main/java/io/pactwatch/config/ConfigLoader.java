package io.pactwatch.config;

import io.pactwatch.ledger.RepeatPolicy;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Problem;
import io.pactwatch.notify.DeliverySettings;
import io.pactwatch.notify.MailSettings;
import io.pactwatch.notify.Route;
import io.pactwatch.rules.PolicyReader;
import io.pactwatch.store.DatabaseSettings;
import io.pactwatch.yaml.Keys;
import io.pactwatch.yaml.Mapping;
import io.pactwatch.yaml.YamlFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code config/pactwatch.yaml}. The whole file is validated at load time and rejected with every
 * problem listed, so that a typo never leaves a threshold silently at its default.
 */
public final class ConfigLoader {

    static final Set<String> TOP = Keys.ordered("registry", "rules", "policy", "database", "notify", "mail",
            "delivery", "routes", "schedule", "daemon", "web");
    static final Set<String> SCHEDULE = Keys.ordered("cron", "zone", "delivery-interval-seconds");
    static final Set<String> DAEMON = Keys.ordered("health-address", "health-port", "shutdown-grace-seconds",
            "cluster", "cluster-checkin-seconds", "admin");

    static final Set<String> WEB = Keys.ordered("base-url", "key-env", "auth", "proxy-header", "trusted-proxies",
            "token-days", "sign-in-minutes", "sign-in-per-hour", "session-hours", "idle-timeout-seconds",
            "state-directory");
    static final Set<String> DATABASE = Keys.ordered("url", "user", "password-env");
    static final Set<String> NOTIFY = Keys.ordered("repeat-critical-days", "repeat-warning-days", "repeat-info-days",
            "resolved-notices", "templates");
    static final Set<String> MAIL = MailConfig.MAIL;
    static final Set<String> DELIVERY = MailConfig.DELIVERY;

    private ConfigLoader() {
    }

    /**
     * @param file the config file
     * @param home the directory that relative paths in the file are resolved against
     * @throws InvalidInputException listing every problem of the file
     */
    public static Settings load(Path file, Path home) {
        List<Problem> problems = new ArrayList<>();
        Optional<Mapping> root = YamlFile.readMapping(file, TOP, problems);
        Settings settings = root.map(top -> read(top, home)).orElse(null);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("config " + file, problems);
        }
        return settings;
    }

    private static Settings read(Mapping top, Path home) {
        Settings defaults = Settings.defaults(home);
        Path registry = top.text("registry").map(home::resolve).orElse(defaults.registry());
        Path rules = top.text("rules").map(home::resolve).orElse(defaults.rules());
        Policy policy = top.mapping("policy", PolicyReader.KEYS).map(PolicyReader::read).orElse(Policy.defaults());
        DatabaseSettings database = top.mapping("database", DATABASE).map(m -> database(m, home))
                .orElse(defaults.database());
        Optional<Mapping> notify = top.mapping("notify", NOTIFY);
        RepeatPolicy repeat = notify.map(ConfigLoader::repeat).orElse(defaults.repeat());
        Path templates = notify.flatMap(m -> m.text("templates")).map(home::resolve).orElse(defaults.templates());
        MailSettings mail = top.mapping("mail", MAIL).map(m -> MailConfig.mail(m, home)).orElse(defaults.mail());
        DeliverySettings delivery = top.mapping("delivery", DELIVERY).map(MailConfig::delivery)
                .orElse(defaults.delivery());
        List<Route> routes = top.has("routes") ? RouteConfig.routes(top) : List.of();
        Optional<Mapping> daemonSection = top.mapping("daemon", DAEMON);
        DaemonSettings daemon = DaemonConfig.daemon(top.mapping("schedule", SCHEDULE), daemonSection);
        if (daemon.cluster() && database.isH2()) {
            // Caught here rather than as "file is locked" when the second node starts (docs/operations.md).
            daemonSection.ifPresent(m -> m.problem("cluster", "\"cluster: true\" needs a database both nodes share:"
                    + " set database.url to a jdbc:postgresql: URL (an H2 file is opened by one process only)"));
        }
        WebSettings web = WebConfig.web(top.mapping("web", WEB), home);
        return new Settings(registry, rules, policy, database, repeat, templates, mail, delivery, routes, daemon,
                web);
    }

    private static DatabaseSettings database(Mapping m, Path home) {
        DatabaseSettings embedded = DatabaseSettings.embedded(home);
        String url = m.text("url").orElse(embedded.url());
        if (!url.startsWith(DatabaseSettings.H2_PREFIX) && !url.startsWith("jdbc:postgresql:")) {
            m.problem("url", "\"url\" must be a jdbc:postgresql: or jdbc:h2: URL, got \""
                    + DatabaseSettings.masked(url) + "\"");
        }
        DatabaseSettings settings = new DatabaseSettings(url, m.text("user").orElse(embedded.user()),
                m.text("password-env").orElse(null));
        String mode = settings.h2ModeProblem();
        if (mode != null) {
            m.problem("url", mode);
        }
        return settings;
    }

    private static RepeatPolicy repeat(Mapping m) {
        int critical = positiveDays(m, "repeat-critical-days", RepeatPolicy.DEFAULT_CRITICAL_DAYS);
        int warning = positiveDays(m, "repeat-warning-days", RepeatPolicy.DEFAULT_WARNING_DAYS);
        int info = positiveDays(m, "repeat-info-days", RepeatPolicy.DEFAULT_INFO_DAYS);
        return new RepeatPolicy(critical, warning, info,
                m.bool("resolved-notices").orElse(RepeatPolicy.DEFAULT_RESOLVED_NOTICES));
    }

    private static int positiveDays(Mapping m, String key, int fallback) {
        int days = days(m, key, fallback);
        if (days < 1) {
            m.problem(key, "\"" + key + "\" must be at least 1 day");
            return fallback;
        }
        return days;
    }

    static int days(Mapping m, String key, int fallback) {
        return m.whole(key, fallback, "days");
    }
}
