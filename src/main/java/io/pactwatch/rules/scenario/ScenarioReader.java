package io.pactwatch.rules.scenario;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Labels;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Severity;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.PolicyReader;
import io.pactwatch.yaml.Keys;
import io.pactwatch.yaml.Mapping;
import io.pactwatch.yaml.YamlFile;
import io.pactwatch.yaml.YamlFiles;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads scenario files: the registry format (source, commitments, progress) plus {@code scenario} (a name),
 * optional {@code policy} overrides and {@code cases}. All files are read before any runs; any problem rejects
 * them all, listed as {@code file:line: message}.
 */
public final class ScenarioReader {

    private static final Set<String> FILE_KEYS = union(Keys.ordered("scenario", "policy", "cases"), RegistryLoader.KEYS);
    private static final Set<String> CASE_KEYS = Keys.ordered("as-of", "expect", "contains", "excludes");
    private static final Set<String> ALERT_KEYS = Keys.ordered("rule", "commitment", "severity");

    private ScenarioReader() {
    }

    /** @param paths scenario files, or directories whose {@code *.yaml} files are read */
    public static List<Scenario> read(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : YamlFiles.expand(paths, "scenario files", problems)) {
            YamlFile.readMapping(file, FILE_KEYS, problems).flatMap(top -> scenario(file, top, problems))
                    .ifPresent(scenarios::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("scenarios", problems);
        }
        return scenarios;
    }

    private static Optional<Scenario> scenario(Path file, Mapping top, List<Problem> problems) {
        int before = problems.size();
        String name = top.required("scenario").orElse(file.getFileName().toString());
        Policy policy = top.mapping("policy", PolicyReader.KEYS).map(PolicyReader::read).orElse(Policy.defaults());
        Registry registry = RegistryLoader.read(file, top, problems);
        if (!top.has("cases")) {
            top.problem("cases", "missing required key \"cases\": list the dates and the alerts expected on them");
        }
        List<Scenario.Case> cases = top.mappings("cases", CASE_KEYS).stream().map(ScenarioReader::testCase).toList();
        return problems.size() > before ? Optional.empty()
                : Optional.of(new Scenario(file, name, registry, policy, cases));
    }

    private static Scenario.Case testCase(Mapping m) {
        List<LocalDate> dates = new ArrayList<>();
        for (String text : m.texts("as-of")) {
            try {
                dates.add(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                m.problem("as-of", "\"as-of\" must be a date written YYYY-MM-DD (or a list of them), got \"" + text + "\"");
            }
        }
        if (!m.has("as-of")) {
            m.problem("as-of", "missing required key \"as-of\"");
        }
        boolean exact = m.has("expect");
        if (exact == (m.has("contains") || m.has("excludes"))) {
            m.problem(exact ? "expect" : "as-of", "give either \"expect\" (the exact set of alerts; [] for none) "
                    + "or \"contains\"/\"excludes\", not both or neither");
        }
        List<Expectation> expected = alerts(m, exact ? "expect" : "contains");
        return new Scenario.Case(m.line(), dates, exact, expected, alerts(m, "excludes"));
    }

    private static List<Expectation> alerts(Mapping m, String key) {
        List<Expectation> alerts = new ArrayList<>();
        for (Mapping alert : m.mappings(key, ALERT_KEYS)) {
            Optional<String> rule = alert.required("rule");
            Optional<String> commitment = alert.required("commitment");
            Optional<Severity> severity = alert.text("severity").flatMap(text -> {
                Optional<Severity> parsed = Severity.parse(text);
                if (parsed.isEmpty()) {
                    alert.problem("severity", "unknown severity \"" + text + "\"; one of: "
                            + String.join(", ", Labels.all(Severity.class)));
                }
                return parsed;
            });
            if (rule.isPresent() && commitment.isPresent()) {
                alerts.add(new Expectation(rule.get(), commitment.get(), severity));
            }
        }
        return alerts;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> keys = new LinkedHashSet<>(first);
        keys.addAll(second);
        return keys;
    }
}
