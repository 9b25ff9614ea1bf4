package io.pactwatch.cli;

import io.pactwatch.model.Counted;
import io.pactwatch.rules.Diagnostic;
import io.pactwatch.rules.FactModel;
import io.pactwatch.rules.RuleCatalog;
import io.pactwatch.rules.RuleChecker;
import io.pactwatch.rules.RuleCompiler;
import io.pactwatch.rules.scenario.Scenario;
import io.pactwatch.rules.scenario.ScenarioCoverage;
import io.pactwatch.rules.scenario.ScenarioReader;
import io.pactwatch.rules.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code pactwatch rules check|list|test|reference}: the rule author's toolkit (docs/rules.md). */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Check, list and test the DRL rule pack.",
        subcommands = {RulesCommand.Check.class, RulesCommand.ListRules.class, RulesCommand.Test.class,
                RulesCommand.Reference.class})
final class RulesCommand {

    /** Exit code of {@code rules check --strict} with warnings only, and of {@code rules test} with failures. */
    static final int FAILED = 1;

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Compile every DRL file and report errors and warnings as file:line:column: severity: message.",
                    "Warns about a rule that no scenario in DIR/tests shows firing."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:no errors (and no warnings with --strict)", "1:warnings only, with --strict", "2:errors"})
    static final class Check extends Subcommand {

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Rule directory (default: the configured one).")
        private Path directory;

        @Option(names = "--strict", description = "Exit 1 when there are warnings.")
        private boolean strict;

        @Override
        public Integer call() {
            Path dir = directory != null ? directory : settings().rules();
            long start = System.nanoTime();
            RuleChecker.Report report = RuleChecker.check(dir).plus(ScenarioCoverage.unexercised(dir));
            long millis = (System.nanoTime() - start) / 1_000_000;
            PrintWriter out = out();
            report.diagnostics().forEach(out::println);
            out.printf("%s, %s in %s (%d ms)%n", Counted.of(report.errors(), "error"),
                    Counted.of(report.warnings(), "warning"), dir, millis);
            if (report.errors() > 0) {
                return Main.BAD_INPUT;
            }
            return strict && report.warnings() > 0 ? FAILED : Main.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print each rule: name, file:line, severity, category, the thresholds it reads, description.")
    static final class ListRules extends Subcommand {

        @Mixin
        private FormatOption format;

        @Override
        public Integer call() {
            List<RuleCatalog.Entry> rules = RuleCatalog.list(settings().rules());
            PrintWriter out = out();
            if (format.json()) {
                Json.printArray(out, rules.stream().map(ListRules::json).toList());
                return Main.OK;
            }
            Table table = new Table("RULE", "WHERE", "SEVERITY", "CATEGORY", "READS", "DESCRIPTION");
            rules.forEach(r -> table.row(r.name(), r.location(), r.severity(), r.category(),
                    String.join(", ", r.thresholds()), r.description()));
            table.print(out);
            return Main.OK;
        }

        private static java.util.Map<String, Object> json(RuleCatalog.Entry rule) {
            java.util.Map<String, Object> object = Json.object();
            object.put("rule", rule.name());
            object.put("file", rule.file().toString());
            object.put("line", rule.line());
            object.put("severity", rule.severity());
            object.put("category", rule.category());
            object.put("reads", rule.thresholds());
            object.put("description", rule.description());
            return object;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run rule scenarios (default: the tests/ folder of the rule directory).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every case passed", "1:a case failed", "2:the rules or a scenario file are invalid"})
    static final class Test extends Subcommand {

        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Scenario files or directories.")
        private List<Path> files;

        @Override
        public Integer call() {
            Path rules = settings().rules();
            List<Scenario> scenarios = ScenarioReader.read(files == null || files.isEmpty()
                    ? List.of(rules.resolve(ScenarioCoverage.TESTS)) : files);
            List<ScenarioRunner.Outcome> outcomes = new ScenarioRunner(RuleCompiler.compile(rules)).run(scenarios);
            PrintWriter out = out();
            for (ScenarioRunner.Outcome outcome : outcomes) {
                out.println((outcome.passed() ? "PASS " : "FAIL ") + outcome.title());
                outcome.diff().forEach(line -> out.println("     " + line));
            }
            long failed = outcomes.stream().filter(o -> !o.passed()).count();
            out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
            return failed > 0 ? FAILED : Main.OK;
        }
    }

    @Command(name = "reference", mixinStandardHelpOptions = true,
            description = "Print the fact reference of docs/rules.md (Markdown), generated from the code.")
    static final class Reference extends Subcommand {

        @Override
        public Integer call() {
            out().print(FactModel.markdown());
            return Main.OK;
        }
    }
}
