package io.pactwatch.bench;

import io.pactwatch.app.Application;
import io.pactwatch.notify.Delivery;
import io.pactwatch.notify.DeliverySettings;
import io.pactwatch.notify.Envelope;
import io.pactwatch.notify.NotifyingPass;
import io.pactwatch.notify.MailSettings;
import io.pactwatch.notify.OutboxMessage;
import io.pactwatch.notify.Route;
import io.pactwatch.notify.SendResult;
import io.pactwatch.notify.SmtpTransport;
import io.pactwatch.notify.Transport;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.RuleBase;
import io.pactwatch.rules.RuleCompiler;
import io.pactwatch.store.Database;
import io.pactwatch.store.DatabaseSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Delivery throughput to an SMTP server through the real pipeline, as {@code evaluate --notify} runs it: one
 * notifying pass (evaluate, ledger, compose a digest per recipient, enqueue, in one transaction of an H2 file
 * database) routes a generated registry's alerts to {@code messages} recipients, then {@link Delivery} works the
 * outbox off (claims of {@link DeliverySettings#DEFAULT_BATCH_SIZE}, one SMTP connection per claim,
 * {@link DeliverySettings#DEFAULT_CONNECTIONS} at once). For
 * comparison the same messages are then sent again with a new connection each.
 */
public final class DeliveryBenchmark {

    public static final int DEFAULT_MESSAGES = 1_000;
    /** A registry this size raises about as many alerts as the example registry (35 as of 2019-05-01). */
    static final int DIGEST_COMMITMENTS = 50;
    /** A warm-up pass sends this fraction of the measured messages (at least one). */
    private static final int WARM_UP_DIVISOR = 5;
    private static final String FROM = "pactwatch@example.org";

    /** What a measured pass did. Times in seconds. */
    public record Result(String server, int messages, int alertsPerDigest, long averageBytes, double enqueue,
                         double outbox, double oneConnection, double bare, double perConnection) {

        public double outboxPerSecond() {
            return messages / outbox;
        }

        public double oneConnectionPerSecond() {
            return messages / oneConnection;
        }

        public double barePerSecond() {
            return messages / bare;
        }

        public double perConnectionPerSecond() {
            return messages / perConnection;
        }
    }

    private final Path work;
    private final Path templates;
    private final RuleBase rules;
    private final boolean warmUp;

    /** @param warmUp whether a smaller pass runs first, so that the measured one runs on warm code */
    public DeliveryBenchmark(Path rules, Path templates, Path work, boolean warmUp) {
        this.work = work;
        this.templates = templates;
        this.rules = RuleCompiler.compile(rules);
        this.warmUp = warmUp;
    }

    public Result measure(int messages, BenchSmtp server) throws IOException {
        Registry registry = RegistryLoader.load(BenchmarkRunner.registry(work, DIGEST_COMMITMENTS));
        if (warmUp) {
            pass(registry, Math.max(1, messages / WARM_UP_DIVISOR), server);
        }
        return pass(registry, messages, server);
    }

    private Result pass(Registry registry, int messages, BenchSmtp server) throws IOException {
        Clock clock = Clock.fixed(BenchmarkRunner.AS_OF.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        MailSettings mail = MailSettings.plainSmtp(server.host(), server.port(), FROM);
        SmtpTransport smtp = new SmtpTransport(mail, null);
        Path dir = Files.createDirectories(work).resolve("delivery-db");
        BenchmarkRunner.deleteTree(dir);
        // closed by the process: each pass starts on a new, empty database (H2 would keep the old one open)
        try (Database db = Database.open(DatabaseSettings.h2File(dir.resolve("pactwatch")).closedByTheProcess(),
                Map.of())) {
            Application app = Application.builder(clock).database(db).rules(rules).registry(registry)
                    .templates(templates).routes(List.of(everyone(messages))).mail(mail).build();
            NotifyingPass evaluation = app.notifyingPass();
            Delivery delivery = app.delivery();
            long start = System.nanoTime();
            NotifyingPass.Result enqueued = evaluation.run(BenchmarkRunner.AS_OF);
            double enqueue = BenchmarkRunner.since(start);
            check(messages, enqueued.enqueued(), "enqueued (" + enqueued.alerts().size() + " alerts, "
                    + enqueued.notices().size() + " notices, " + enqueued.messages().size() + " composed)");
            start = System.nanoTime();
            Delivery.Report report = delivery.deliverDue();
            double outbox = BenchmarkRunner.since(start);
            check(messages, report.sent(), "sent through the outbox (" + report + ")");
            server.forgetReceived();
            double oneConnection = BenchmarkRunner.seconds(() -> sendOnOneConnection(smtp, enqueued.messages()));
            server.forgetReceived();
            double bare = BenchmarkRunner.seconds(() -> sendBare(server, enqueued.messages()));
            server.forgetReceived();
            double perConnection = BenchmarkRunner.seconds(() -> sendEachOnItsOwn(smtp, enqueued.messages()));
            server.forgetReceived();
            return new Result(server.describe(), messages, enqueued.alerts().size(),
                    enqueued.messages().stream().mapToLong(m -> m.raw().length()).sum() / messages,
                    enqueue, outbox, oneConnection, bare, perConnection);
        } finally {
            BenchmarkRunner.deleteTree(dir);
        }
    }

    /** The default route, to {@code count} recipients: each gets a digest of every alert. */
    private static Route everyone(int count) {
        return new Route(1, null, IntStream.range(0, count).mapToObj(i -> "reader" + i + "@example.org").toList(),
                false);
    }

    /** The transport alone: every message over one connection, no database. */
    private static void sendOnOneConnection(Transport smtp, List<OutboxMessage> messages) {
        try (Transport.Batch connection = smtp.open()) {
            for (OutboxMessage m : messages) {
                SendResult result = connection.send(new Envelope(m.key(), m.recipient(), m.raw()));
                if (result.outcome() != SendResult.Outcome.SENT) {
                    throw new IllegalStateException("not sent to " + m.recipient() + ": " + result);
                }
            }
        }
    }

    /** The baseline: the same messages through {@link BareSmtpClient} on one connection. */
    private static void sendBare(BenchSmtp server, List<OutboxMessage> messages) {
        try (BareSmtpClient client = new BareSmtpClient(server.host(), server.port())) {
            for (OutboxMessage m : messages) {
                client.send(FROM, m.recipient(), m.raw());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the bare client failed: " + e.getMessage(), e);
        }
    }

    private static void sendEachOnItsOwn(Transport smtp, List<OutboxMessage> messages) {
        for (OutboxMessage m : messages) {
            try (Transport.Batch connection = smtp.open()) {
                SendResult result = connection.send(new Envelope(m.key(), m.recipient(), m.raw()));
                if (result.outcome() != SendResult.Outcome.SENT) {
                    throw new IllegalStateException("not sent to " + m.recipient() + ": " + result);
                }
            }
        }
    }

    private static void check(int expected, int actual, String what) {
        if (actual != expected) {
            throw new IllegalStateException(actual + " of " + expected + " messages " + what);
        }
    }
}
