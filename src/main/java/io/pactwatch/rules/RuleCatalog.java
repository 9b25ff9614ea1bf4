package io.pactwatch.rules;

import io.pactwatch.model.Policy;
import io.pactwatch.rules.RuleSources.SourceRule;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a directory as their authors wrote them: name, place, metadata, and which policy thresholds
 * (config keys) each reads. Read from the DRL text, so it works on a pack that does not compile.
 */
public final class RuleCatalog {

    /** Rule metadata keys, besides {@link Alerts#SEVERITY}. */
    public static final String CATEGORY = "category";
    public static final String DESCRIPTION = "description";

    /**
     * Names a rule can use instead of naming a threshold: the Policy method that reads thresholds, and the dates
     * {@code Today} computes from them.
     */
    private static final Map<String, List<String>> DERIVED = Map.of(
            "deadlineSeverity", List.of("deadline-warning-days", "deadline-critical-days"),
            "deadlineHorizon", List.of("deadline-info-days"),
            "tentativeHorizon", List.of("tentative-window-days"),
            "successorHorizon", List.of("successor-window-days"),
            "replacementCutoff", List.of("replacement-after-days"),
            "staleCutoff", List.of("stale-after-days"),
            "recurrenceCutoff", List.of("recurrence-grace-days"),
            "undatedCutoff", List.of("undated-after-days"));

    /** One rule as written. */
    public record Entry(String name, Path file, int line, String severity, String category, String description,
                        List<String> thresholds) {

        public String location() {
            return file + ":" + line;
        }
    }

    /** Thresholds listed in the order of the config file. */
    private static final List<String> POLICY_KEY_ORDER =
            FactModel.fields(Policy.class).stream().map(f -> kebab(f.name())).toList();

    private RuleCatalog() {
    }

    public static List<Entry> list(Path directory) {
        return RuleSources.rules(RuleSources.parse(RuleCompiler.drlFiles(directory))).stream()
                .map(RuleCatalog::entry)
                .toList();
    }

    private static Entry entry(SourceRule rule) {
        return new Entry(rule.name(), rule.file().file(), rule.rule().getLine(), rule.meta(Alerts.SEVERITY),
                rule.meta(CATEGORY), rule.meta(DESCRIPTION), thresholds(rule));
    }

    /** Config keys of the Policy components and methods that the rule's text names. */
    static List<String> thresholds(SourceRule rule) {
        String text = rule.file().slice(rule.rule().getStartCharacter(), rule.rule().getEndCharacter());
        Set<String> keys = new HashSet<>();
        for (FactModel.Member field : FactModel.fields(Policy.class)) {
            if (text.matches("(?s).*\\b" + field.name() + "\\b.*")) {
                keys.add(kebab(field.name()));
            }
        }
        DERIVED.forEach((name, read) -> {
            if (text.matches("(?s).*\\b" + name + "\\b.*")) {
                keys.addAll(read);
            }
        });
        return POLICY_KEY_ORDER.stream().filter(keys::contains).toList();
    }

    /** The value of the threshold named by its config key, e.g. 90 for {@code deadline-info-days}. */
    static int threshold(Policy policy, String key) {
        for (java.lang.reflect.RecordComponent component : Policy.class.getRecordComponents()) {
            if (kebab(component.getName()).equals(key)) {
                try {
                    return (int) component.getAccessor().invoke(policy);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + key + " from the policy", e);
                }
            }
        }
        throw new IllegalArgumentException("no policy threshold " + key);
    }

    /** {@code deadlineInfoDays} → {@code deadline-info-days}: the config key of a Policy component. */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
