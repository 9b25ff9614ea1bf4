package io.pactwatch.cli;


import io.pactwatch.config.Settings;
import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Counted;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.progress.ProgressHistory;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.rules.Explainer;
import io.pactwatch.rules.RuleBase;
import io.pactwatch.rules.RuleCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.pactwatch.yaml.DidYouMean;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code pactwatch evaluate}: prints every alert the rules raise on a date. Side-effect free, unless
 * {@code --notify}: then the ledger is updated, digests are enqueued and the outbox is delivered.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Print every alert the rules raise for the registry on a date (nothing is stored or sent).",
                "With --notify: also update the alert ledger, enqueue the digests and deliver them."})
final class EvaluateCommand extends Subcommand {

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this day, YYYY-MM-DD (default: today).")
    private LocalDate asOf;

    @Mixin
    private FormatOption format;

    @Option(names = "--explain", paramLabel = "COMMITMENT-ID",
            description = "For one commitment, show each rule, whether it fired and, if not, the condition that failed.")
    private String explain;

    @Option(names = "--notify", description = "Update the alert ledger, enqueue the digests and deliver them.")
    private boolean notify;

    @Override
    public Integer call() {
        Settings settings = settings();
        LocalDate day = asOf != null ? asOf : main().today();
        if (notify) {
            return evaluateAndNotify(settings, day);
        }
        Registry files = RegistryLoader.load(settings.registry());
        RuleBase rules = RuleCompiler.compile(settings.rules());
        ProgressHistory history = StoredProgress.merged(settings, main(), files, err());
        Registry registry = history.registry();
        if (explain != null) {
            ExplainPrinter.print(out(), new Explainer(settings.rules(), rules, settings.policy()), history, day,
                    commitment(registry, explain), settings.policy());
            return Main.OK;
        }
        print(new Evaluator(rules, settings.policy()).evaluate(registry, day), day);
        return Main.OK;
    }

    private int evaluateAndNotify(Settings settings, LocalDate day) {
        return NotifyOnce.run(settings, main(), day, alerts -> print(alerts, day), format.json() ? err() : out(), err());
    }

    private void print(List<Alert> alerts, LocalDate day) {
        PrintWriter out = out();
        if (format.json()) {
            Json.printArray(out, alerts.stream().map(EvaluateCommand::json).toList());
        } else {
            printTable(out, alerts, day);
        }
    }

    private static Commitment commitment(Registry registry, String id) {
        return registry.commitment(id).orElseThrow(() -> new InvalidInputException("--explain", List.of(
                Problem.at(Path.of("--explain"), 0, "no commitment has the id \"" + id + "\""
                        + DidYouMean.hint(id, registry.commitments().stream().map(Commitment::id).toList())))));
    }

    private static Map<String, Object> json(Alert alert) {
        Map<String, Object> object = Json.object();
        object.put("rule", alert.rule());
        object.put("severity", alert.severity().label());
        object.put("commitment", alert.commitment());
        object.put("due", alert.due() == null ? null : alert.due().toString());
        object.put("message", alert.message());
        return object;
    }

    private static void printTable(PrintWriter out, List<Alert> alerts, LocalDate day) {
        if (alerts.isEmpty()) {
            out.println("No alerts as of " + day + ".");
            return;
        }
        Table table = new Table("RULE", "SEVERITY", "COMMITMENT", "DUE", "MESSAGE");
        alerts.forEach(a -> table.row(a.rule(), a.severity().label(), a.commitment(), a.due(), a.message()));
        table.print(out);
        out.println();
        out.println(Counted.of(alerts.size(), "alert") + " as of " + day + ": "
                + Alert.countBySeverity(alerts));
    }
}
