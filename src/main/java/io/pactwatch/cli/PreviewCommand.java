package io.pactwatch.cli;

import io.pactwatch.app.Application;

import io.pactwatch.config.Settings;
import io.pactwatch.notify.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** {@code pactwatch preview}: render the digests an evaluation would send, touching neither ledger nor outbox. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Render the digests `evaluate --notify` would send into var/preview/ (.html and .eml), "
                + "without changing the ledger or the outbox.")
final class PreviewCommand extends Subcommand {

    static final String DIRECTORY = "var/preview";

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this day (default: today).")
    private LocalDate asOf;

    @Option(names = "--to", paramLabel = "ADDRESS", description = "Only this recipient's digest.")
    private String to;

    @Override
    public Integer call() {
        Settings settings = settings();
        LocalDate day = asOf != null ? asOf : main().today();
        try (Application app = Application.open(settings, main().clock(), main().env())) {
            Preview preview = new Preview(app.notifyingPass());
            List<Path> files = preview.render(day, to, main().home().resolve(DIRECTORY));
            PrintWriter out = out();
            files.forEach(out::println);
            out.println(files.size() / 2 + " digests rendered as of " + day + (to == null ? "" : " for " + to)
                    + "; nothing was stored or sent");
            return Main.OK;
        }
    }
}
