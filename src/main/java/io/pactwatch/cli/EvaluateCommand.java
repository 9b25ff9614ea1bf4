package io.pactwatch.cli;

import io.pactwatch.config.Settings;
import io.pactwatch.model.Alert;
import io.pactwatch.notify.Delivery;
import io.pactwatch.notify.Evaluation;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.rules.RuleCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code pactwatch evaluate}: prints every alert the rules raise on a date. Side-effect free, unless
 * {@code --notify}: then the ledger is updated, digests are enqueued and the outbox is delivered.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Print every alert the rules raise for the registry on a date (nothing is stored or sent).",
                "With --notify: also update the alert ledger, enqueue the digests and deliver them."})
final class EvaluateCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this day, YYYY-MM-DD (default: today).")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--notify", description = "Update the alert ledger, enqueue the digests and deliver them.")
    private boolean notify;

    @Override
    public Integer call() {
        Settings settings = inputs.settings(main.home());
        LocalDate day = asOf != null ? asOf : main.today();
        if (notify) {
            return evaluateAndNotify(settings, day);
        }
        Registry registry = RegistryLoader.load(settings.registry());
        Evaluator evaluator = new Evaluator(RuleCompiler.compile(settings.rules()), settings.policy());
        print(evaluator.evaluate(registry, day), day);
        return Main.OK;
    }

    private int evaluateAndNotify(Settings settings, LocalDate day) {
        try (Wiring wiring = Wiring.open(settings, main)) {
            Evaluation.Result result = wiring.evaluation().run(day);
            print(result.alerts(), day);
            Delivery.Report report = wiring.delivery().deliverDue();
            PrintWriter summary = format == Format.JSON ? spec.commandLine().getErr() : spec.commandLine().getOut();
            summary.println("Notified: " + result.notices().size() + " alerts to tell, " + result.enqueued()
                    + " digests enqueued; delivery via " + settings.mail().describe() + ": " + report.sent() + " sent, "
                    + report.retried() + " to retry, " + report.dead() + " dead");
            if (report.paused()) {
                spec.commandLine().getErr().println("error: delivery paused: " + report.pausedBecause()
                        + "; the messages wait in the outbox (`pactwatch outbox`)");
                return Main.MAIL_FAILED;
            }
            return Main.OK;
        }
    }

    private void print(List<Alert> alerts, LocalDate day) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Json.printArray(out, alerts.stream().map(EvaluateCommand::json).toList());
        } else {
            printTable(out, alerts, day);
        }
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
        out.println(alerts.size() + (alerts.size() == 1 ? " alert" : " alerts") + " as of " + day + ": "
                + Alert.countBySeverity(alerts));
    }
}
