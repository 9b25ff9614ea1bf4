package io.pactwatch.config;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Problem;
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

    static final Set<String> TOP = Keys.ordered("registry", "rules", "policy");
    /** The keys of the {@code policy:} section. */
    public static final Set<String> POLICY = Keys.ordered("deadline-info-days", "deadline-warning-days",
            "deadline-critical-days", "tentative-window-days", "successor-window-days", "replacement-after-days",
            "stale-after-days", "recurrence-grace-days", "undated-after-days");

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
        Policy policy = top.mapping("policy", POLICY).map(ConfigLoader::policy).orElse(Policy.defaults());
        return new Settings(registry, rules, policy);
    }

    /**
     * Reads a {@code policy:} mapping (keys {@link #POLICY}); unset thresholds keep their defaults. Problems are
     * reported through the mapping. Rule scenarios read their policy overrides with this too.
     */
    public static Policy policy(Mapping m) {
        Policy policy = new Policy(
                days(m, "deadline-info-days", Policy.DEFAULT_DEADLINE_INFO_DAYS),
                days(m, "deadline-warning-days", Policy.DEFAULT_DEADLINE_WARNING_DAYS),
                days(m, "deadline-critical-days", Policy.DEFAULT_DEADLINE_CRITICAL_DAYS),
                days(m, "tentative-window-days", Policy.DEFAULT_TENTATIVE_WINDOW_DAYS),
                days(m, "successor-window-days", Policy.DEFAULT_SUCCESSOR_WINDOW_DAYS),
                days(m, "replacement-after-days", Policy.DEFAULT_REPLACEMENT_AFTER_DAYS),
                days(m, "stale-after-days", Policy.DEFAULT_STALE_AFTER_DAYS),
                days(m, "recurrence-grace-days", Policy.DEFAULT_RECURRENCE_GRACE_DAYS),
                days(m, "undated-after-days", Policy.DEFAULT_UNDATED_AFTER_DAYS));
        if (!(policy.deadlineCriticalDays() <= policy.deadlineWarningDays()
                && policy.deadlineWarningDays() <= policy.deadlineInfoDays())) {
            m.problem("deadline-critical-days", "the deadline thresholds must satisfy critical <= warning <= info"
                    + " (got " + policy.deadlineCriticalDays() + ", " + policy.deadlineWarningDays() + ", "
                    + policy.deadlineInfoDays() + ")");
        }
        return policy;
    }

    private static int days(Mapping m, String key, int fallback) {
        return m.parsed(key, text -> {
            if (text.matches("\\d{1,5}")) {
                return Integer.parseInt(text);
            }
            throw new IllegalArgumentException("\"" + key + "\" must be a whole number of days (0 or more), got \""
                    + text + "\"");
        }).orElse(fallback);
    }
}
