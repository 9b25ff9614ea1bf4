package io.pactwatch.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.pactwatch.ledger.Notice;
import io.pactwatch.registry.Registry;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.model.Policy;
import io.pactwatch.store.Database;
import io.pactwatch.store.TestDatabases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivery throughput to a local GreenMail (a benchmark, not a test: run it by hand, record the figures in
 * docs/benchmarks.md). 1,000 real digests (the seed registry's as of 2019-05-01, one per recipient) sent
 * (a) over one reused SMTP connection, (b) with a new connection per message, and (c) through the outbox
 * (H2, claims of 50, one connection per claim), each after a warm-up.
 *
 * <pre>mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.pactwatch.notify.DeliveryBenchmark</pre>
 */
public final class DeliveryBenchmark {

    static final int MESSAGES = 1_000;
    static final int WARM_UP = 200;

    private DeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            int port = server.getSmtp().getPort();
            List<Envelope> digests = digests(MESSAGES);
            System.out.printf("%d digests, %d bytes on average%n", digests.size(),
                    digests.stream().mapToInt(e -> e.raw().length()).sum() / digests.size());
            reused(port, digests.subList(0, WARM_UP));
            perMessage(port, digests.subList(0, WARM_UP));
            report("one connection reused", MESSAGES, time(() -> reused(port, digests)));
            report("new connection per message", MESSAGES, time(() -> perMessage(port, digests)));
            report("through the outbox (H2, claims of 50)", MESSAGES, time(() -> outbox(port, digests)));
        } finally {
            server.stop();
        }
    }

    /** The seed digest as of 2019-05-01, addressed to {@code count} recipients. */
    static List<Envelope> digests(int count) {
        Registry seed = Pipeline.seed();
        LocalDate day = LocalDate.of(2019, 5, 1);
        List<Notice> notices = new ArrayList<>();
        new Evaluator(Pipeline.rules(), Policy.defaults()).evaluate(seed, day).forEach(a -> notices.add(
                new Notice(io.pactwatch.ledger.Fingerprint.of(a), a, Notice.Kind.NEW, day, "new")));
        DigestMail mail = Pipeline.digestMail(MailSettings.plainSmtp("localhost", 25, "pactwatch@example.org"));
        List<Envelope> envelopes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Digest digest = Digest.of("user" + i + "@example.org", day, notices, seed.asKnownOn(day));
            OutboxMessage m = mail.compose(digest, List.of(), Instant.parse("2019-05-01T06:00:00Z"));
            envelopes.add(new Envelope(m.key(), m.recipient(), m.raw()));
        }
        return envelopes;
    }

    static void reused(int port, List<Envelope> envelopes) {
        try (Transport.Batch batch = Pipeline.smtp(port).open()) {
            envelopes.forEach(e -> check(batch.send(e)));
        }
    }

    static void perMessage(int port, List<Envelope> envelopes) {
        SmtpTransport smtp = Pipeline.smtp(port);
        for (Envelope e : envelopes) {
            try (Transport.Batch batch = smtp.open()) {
                check(batch.send(e));
            }
        }
    }

    static void outbox(int port, List<Envelope> envelopes) {
        try {
            Path dir = Files.createTempDirectory("pactwatch-bench");
            Clock clock = Clock.fixed(Instant.parse("2019-05-01T06:00:00Z"), ZoneOffset.UTC);
            try (Database db = TestDatabases.open(TestDatabases.Engine.H2, dir)) {
                db.inTransaction(c -> {
                    for (Envelope e : envelopes) {
                        Outbox.enqueue(c, new OutboxMessage(e.name() + "/bench", e.recipient(), "s", e.raw()),
                                clock.instant());
                    }
                    return null;
                });
                Delivery.Report report = Pipeline.delivery(db, Pipeline.smtp(port), clock).deliverDue();
                if (report.sent() != envelopes.size()) {
                    throw new IllegalStateException("not all sent: " + report);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(SendResult result) {
        if (result.outcome() != SendResult.Outcome.SENT) {
            throw new IllegalStateException("not sent: " + result);
        }
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    private static void report(String what, int count, long nanos) {
        System.out.printf("%-40s %5d messages in %6.2f s = %6.0f messages/s%n", what, count, nanos / 1e9,
                count / (nanos / 1e9));
    }
}
