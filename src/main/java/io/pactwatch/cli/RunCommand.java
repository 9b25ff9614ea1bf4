package io.pactwatch.cli;

import io.pactwatch.daemon.Daemon;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;

/** {@code pactwatch run}: the daemon; {@code run --once}: one notifying pass and delivery, for cron users. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the daemon in the foreground until stopped (systemd or a terminal keeps it running; "
                + "docs/operations.md): evaluate on the schedule, deliver the outbox, reload edited rules, "
                + "registry and templates, serve /health and /metrics. SIGTERM or Ctrl-C stops it gracefully.",
                "With --once: evaluate, notify and deliver once, then exit."})
final class RunCommand extends Subcommand {

    @Option(names = "--once", description = "Evaluate, notify and deliver once, then exit.")
    private boolean once;

    @Option(names = "--as-of", paramLabel = "DATE", description = "With --once: evaluate as of this day (default: today).")
    private LocalDate asOf;

    @Override
    public Integer call() throws InterruptedException {
        if (once) {
            return NotifyOnce.run(settings(), main(), asOf != null ? asOf : main().today(), alerts -> { }, out(), err());
        }
        if (asOf != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--as-of goes with --once: a daemon evaluates as of each fire time's date");
        }
        Daemon daemon = Daemon.start(settings(), inputs.configFile(main().home()), main().clock(), main().env(),
                new Version().getVersion()[0]);
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            daemon.close();
            ((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory()).stop();
            // SIGTERM would otherwise end the JVM with 143; a graceful stop is a success (docs/operations.md).
            Runtime.getRuntime().halt(Main.OK);
        }, "pactwatch-shutdown"));
        forever.await();
        return Main.OK;
    }
}
