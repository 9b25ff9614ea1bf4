package io.pactwatch.cli;

import io.pactwatch.config.Settings;
import io.pactwatch.notify.Envelope;
import io.pactwatch.notify.SendResult;
import io.pactwatch.notify.TestMessage;
import io.pactwatch.notify.Transport;
import io.pactwatch.notify.Transports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code pactwatch mail test --to ADDRESS}: one message through the configured transport, and the answer. */
@Command(name = "mail", mixinStandardHelpOptions = true, description = "Check the mail settings.",
        subcommands = MailCommand.Test.class)
final class MailCommand {

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Send one test message through the configured transport and print what the server "
                    + "answered (exit 3 when it was not accepted).")
    static final class Test extends Subcommand {

        @Option(names = "--to", paramLabel = "ADDRESS", required = true, description = "Where to send it.")
        private String to;

        @Override
        public Integer call() {
            Settings settings = settings();
            Transport transport = Transports.create(settings.mail(), main().env());
            Envelope envelope = TestMessage.envelope(settings.mail(), to, main().clock().instant());
            SendResult result;
            try (Transport.Batch batch = transport.open()) {
                result = batch.send(envelope);
            }
            PrintWriter out = out();
            out.println("transport: " + transport.describe());
            out.println("result:    " + result.outcome().name().toLowerCase(java.util.Locale.ROOT)
                    + (result.retryable() ? " (transient: delivery would retry)" : ""));
            out.println("answer:    " + result.detail());
            return result.outcome() == SendResult.Outcome.SENT ? Main.OK : Main.MAIL_FAILED;
        }
    }
}
