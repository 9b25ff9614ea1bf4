package io.pactwatch.cli;


import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.model.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** {@code pactwatch alerts}: the ledger (firing, acknowledged, silenced, resolved), or one alert's history. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"List the alert ledger: firing, acknowledged, silenced and resolved alerts.",
                "With --history FINGERPRINT: why each evaluation did or did not notify that alert."})
final class AlertsCommand extends Subcommand {

    @Mixin
    DaemonOption daemon;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--history", paramLabel = "FINGERPRINT", description = "Show one alert's decisions.")
    private String history;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Service app = Service.open(this, daemon.url)) {
            if (history != null) {
                printHistory(out, app.coordination().history(history));
                return Main.OK;
            }
            List<LedgerEntry> entries = app.coordination().alerts();
            if (format == Format.JSON) {
                Json.printArray(out, entries.stream().map(AlertsCommand::json).toList());
            } else {
                Table table = new Table("FINGERPRINT", "STATUS", "SEVERITY", "RULE", "COMMITMENT", "DUE",
                        "FIRST SEEN", "LAST TOLD", "NOTE");
                entries.forEach(e -> table.row(e.fingerprint(), e.status(), e.alert().severity().label(),
                        e.alert().rule(), e.alert().commitment(), e.alert().due(), e.firstSeen(), e.lastNotified(),
                        note(e)));
                table.print(out);
                out.println();
                out.println(Counted.of(entries.size(), "alert") + " in the ledger");
            }
            return Main.OK;
        }
    }

    private void printHistory(PrintWriter out, List<HistoryEntry> entries) {
        if (format == Format.JSON) {
            Json.printArray(out, entries.stream().map(h -> {
                Map<String, Object> object = Json.object();
                object.put("asOf", h.asOf().toString());
                object.put("decision", h.decision());
                object.put("reason", h.reason());
                return object;
            }).toList());
            return;
        }
        Table table = new Table("AS OF", "DECISION", "REASON");
        entries.forEach(h -> table.row(h.asOf(), h.decision(), h.reason()));
        table.print(out);
    }

    private static String note(LedgerEntry e) {
        return switch (e.status()) {
            case "acknowledged" -> "by " + e.ackBy() + (e.ackUntil() == null ? "" : " until " + e.ackUntil())
                    + (e.ackComment() == null ? "" : ": " + e.ackComment());
            case "silenced" -> e.silencedBy();
            case "resolved" -> "resolved on " + e.resolvedAt();
            default -> "";
        };
    }

    private static Map<String, Object> json(LedgerEntry e) {
        Map<String, Object> object = Json.object();
        object.put("fingerprint", e.fingerprint());
        object.put("status", e.status());
        object.put("severity", e.alert().severity().label());
        object.put("rule", e.alert().rule());
        object.put("commitment", e.alert().commitment());
        object.put("due", e.alert().due() == null ? null : e.alert().due().toString());
        object.put("message", e.alert().message());
        object.put("firstSeen", e.firstSeen().toString());
        object.put("lastSeen", e.lastSeen().toString());
        object.put("lastNotified", e.lastNotified() == null ? null : e.lastNotified().toString());
        object.put("resolvedAt", e.resolvedAt() == null ? null : e.resolvedAt().toString());
        object.put("acknowledgedBy", e.ackBy());
        object.put("acknowledgedUntil", e.ackUntil() == null ? null : e.ackUntil().toString());
        object.put("silencedBy", e.silencedBy());
        return object;
    }
}
