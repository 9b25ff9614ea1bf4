package io.pactwatch.cli;


import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.model.Counted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** {@code pactwatch ack}: stop reminders for an alert (or a commitment's alerts) until a date or a severity rise. */
@Command(name = "ack", mixinStandardHelpOptions = true,
        description = "Acknowledge an alert (by fingerprint) or every firing alert of a commitment (by id): no "
                + "reminders until --until, or until it resolves or its severity rises.")
final class AckCommand extends Subcommand {

    @Mixin
    DaemonOption daemon;

    @Parameters(paramLabel = "FINGERPRINT|COMMITMENT-ID", description = "What to acknowledge (see `pactwatch alerts`).")
    private String target;

    @Option(names = "--until", paramLabel = "DATE", description = "Quiet through this day (default: until it "
            + "resolves or its severity rises).")
    private LocalDate until;

    @Mixin
    private Attribution attribution;

    @Override
    public Integer call() {
        try (Service app = Service.open(this, daemon.url)) {
            String who = attribution.by(this);
            List<LedgerEntry> acked = app.coordination().acknowledge(target, until, who, attribution.comment);
            PrintWriter out = out();
            for (LedgerEntry entry : acked) {
                out.println("acknowledged " + entry.fingerprint() + "  " + entry.alert().rule() + "  "
                        + entry.alert().commitment() + "  " + entry.alert().severity().label());
            }
            out.println(Counted.of(acked.size(), "alert") + " acknowledged by " + who
                    + (until == null ? " until resolved or the severity rises" : " until " + until));
            return Main.OK;
        }
    }
}
