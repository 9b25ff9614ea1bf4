package io.pactwatch.cli;

import io.pactwatch.model.Counted;
import io.pactwatch.notify.OutboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pactwatch outbox [list|retry ID|purge --sent-before DATE]}: show and manage the messages to send. */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = "Show the outbox (the default), retry a message, or purge sent messages.",
        subcommands = {OutboxCommand.Retry.class, OutboxCommand.Purge.class})
final class OutboxCommand extends Subcommand {

    @Mixin
    DaemonOption daemon;

    @Command(name = "list", description = "Show every message: status, attempts, next attempt, last error.")
    int list() {
        return call();
    }

    @Override
    public Integer call() {
        try (Service app = Service.open(this, daemon.url)) {
            List<OutboxEntry> entries = app.coordination().outbox();
            PrintWriter out = out();
            Table table = new Table("ID", "STATUS", "ATTEMPTS", "RECIPIENT", "CREATED", "NEXT ATTEMPT / SENT",
                    "SUBJECT / LAST ERROR");
            for (OutboxEntry e : entries) {
                boolean sent = OutboxEntry.SENT.equals(e.status());
                table.row(e.id(), e.status(), e.attempts(), e.recipient(), e.createdAt(),
                        sent ? e.sentAt() : e.nextAttemptAt(),
                        e.lastError() == null ? e.subject() : e.lastError());
            }
            table.print(out);
            out.println();
            out.println(Counted.of(entries.size(), "message") + " in the outbox");
            return Main.OK;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Make a dead (or waiting) message due now, with its attempts reset.")
    static final class Retry implements Callable<Integer> {

        @ParentCommand
        private OutboxCommand parent;

        @Parameters(paramLabel = "ID", description = "The message's id (see `pactwatch outbox`).")
        private long id;

        @Override
        public Integer call() {
            try (Service app = Service.open(parent, parent.daemon.url)) {
                app.coordination().retry(id);
                parent.out().println("message " + id + " is due now; `pactwatch evaluate --notify` or"
                        + " the daemon delivers it");
                return Main.OK;
            }
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "Delete messages sent before a day (unsent messages are never purged).")
    static final class Purge implements Callable<Integer> {

        @ParentCommand
        private OutboxCommand parent;

        @Option(names = "--sent-before", paramLabel = "DATE", required = true,
                description = "Delete messages sent before this day (UTC).")
        private LocalDate before;

        @Override
        public Integer call() {
            try (Service app = Service.open(parent, parent.daemon.url)) {
                int purged = app.coordination().purgeSent(before.atStartOfDay(ZoneOffset.UTC).toInstant());
                parent.out().println(Counted.of(purged, "sent message") + " purged");
                return Main.OK;
            }
        }
    }
}
