package io.pactwatch.rules;

import io.pactwatch.model.Labels;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Severity;
import io.pactwatch.rules.RuleCompiler.Compilation;
import io.pactwatch.rules.RuleSources.SourceFile;
import io.pactwatch.rules.RuleSources.SourceRule;
import org.drools.drl.ast.descr.GlobalDescr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rules check}: compiles a rule directory and adds the checks Drools does not make itself (docs/rules.md):
 * metadata on every rule, unique rule names across files (a rule's name is its alert's name), valid
 * severities, no globals (Pactwatch supplies none), and a smoke run for errors that only show at run time.
 */
public final class RuleChecker {

    /** What the check found, and the compiled pack when it compiled. */
    public record Report(List<Diagnostic> diagnostics, Optional<RuleBase> rules) {

        public long errors() {
            return diagnostics.stream().filter(d -> d.level() == Diagnostic.Level.ERROR).count();
        }

        public long warnings() {
            return diagnostics.size() - errors();
        }

        /** This report with {@code more} findings, all in file order. */
        public Report plus(List<Diagnostic> more) {
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            all.addAll(more);
            all.sort(BY_PLACE);
            return new Report(List.copyOf(all), rules);
        }
    }

    private static final java.util.Comparator<Diagnostic> BY_PLACE =
            (a, b) -> Problem.FILE_ORDER.compare(a.problem(), b.problem());

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private RuleChecker() {
    }

    public static Report check(Path directory) {
        return new RuleChecker().run(directory);
    }

    private Report run(Path directory) {
        Compilation compilation = RuleCompiler.attempt(directory);
        compilation.errors().forEach(p -> diagnostics.add(Diagnostic.error(p)));
        compilation.warnings().forEach(p -> diagnostics.add(Diagnostic.warning(p)));
        List<SourceFile> sources = RuleSources.parse(compilation.files());
        sources.forEach(this::checkGlobals);
        List<SourceRule> rules = RuleSources.rules(sources);
        rules.forEach(this::checkMetadata);
        checkUniqueNames(rules);
        compilation.rules().ifPresent(built -> smokeRun(built, rules));
        diagnostics.sort(BY_PLACE);
        return new Report(List.copyOf(diagnostics), compilation.rules());
    }

    private void checkMetadata(SourceRule rule) {
        String severity = rule.meta(Alerts.SEVERITY);
        if (severity == null) {
            warn(rule, "rule \"" + rule.name() + "\" has no @severity(...): declare info, warning or critical "
                    + "(or pass a Severity to Alerts.raise in its consequence)");
        } else if (Severity.parse(severity).isEmpty()) {
            error(rule, "rule \"" + rule.name() + "\" declares an unknown severity \"" + severity + "\"; one of: "
                    + String.join(", ", Labels.all(Severity.class)));
        }
        if (rule.meta(RuleCatalog.CATEGORY) == null) {
            warn(rule, "rule \"" + rule.name() + "\" has no @category(...), e.g. deadline, gap or dependency: "
                    + "routes and listings group rules by it");
        }
        if (rule.meta(RuleCatalog.DESCRIPTION) == null) {
            warn(rule, "rule \"" + rule.name() + "\" has no @description(\"...\"): `rules list` shows it to "
                    + "coordinators and authors");
        }
    }

    private void checkUniqueNames(List<SourceRule> rules) {
        Map<String, SourceRule> first = new HashMap<>();
        for (SourceRule rule : rules) {
            SourceRule earlier = first.putIfAbsent(rule.name(), rule);
            if (earlier != null) {
                error(rule, "duplicate rule name \"" + rule.name() + "\" (also at " + earlier.location()
                        + "): a rule's name is the name of its alerts, so it must be unique across files");
            }
        }
    }

    private void checkGlobals(SourceFile file) {
        for (GlobalDescr global : file.descr().map(d -> d.getGlobals()).orElse(List.of())) {
            diagnostics.add(Diagnostic.error(new Problem(file.file(), global.getLine(), global.getColumn() + 1,
                    "global \"" + global.getIdentifier() + "\" is declared but never supplied: Pactwatch supplies "
                            + "no globals; match the Today and Policy facts instead")));
        }
    }

    /** A rule that failed or kept firing in the smoke run is reported at its own line when it is known. */
    private void smokeRun(RuleBase rules, List<SourceRule> sources) {
        try {
            SmokeTest.run(rules);
        } catch (RuleFailedException e) {
            String message = "the rules compiled but failed on sample facts: " + e.getMessage();
            Optional<SourceRule> culprit = e.rule().flatMap(name -> sources.stream()
                    .filter(r -> r.name().equals(name)).findFirst());
            if (culprit.isPresent()) {
                error(culprit.get(), message);
                return;
            }
            Path file = rules.files().size() == 1 ? rules.files().get(0) : rules.files().get(0).getParent();
            diagnostics.add(Diagnostic.error(Problem.at(file, 0, message)));
        }
    }

    private void warn(SourceRule rule, String message) {
        diagnostics.add(Diagnostic.warning(at(rule, message)));
    }

    private void error(SourceRule rule, String message) {
        diagnostics.add(Diagnostic.error(at(rule, message)));
    }

    private static Problem at(SourceRule rule, String message) {
        return new Problem(rule.file().file(), rule.rule().getLine(), rule.rule().getColumn() + 1, message);
    }
}
