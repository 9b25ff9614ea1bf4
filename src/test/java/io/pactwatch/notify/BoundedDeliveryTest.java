package io.pactwatch.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.pactwatch.store.TestDatabases.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One delivery run does bounded work whatever the mail server does: each message at most once, nothing started
 * after the run's deadline, and an unreachable server ends the run after a few attempts (circuit breaker).
 */
class BoundedDeliveryTest extends OutboxFixture {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Duration SHORT = Duration.ofMillis(300);

    /** SMTP to {@code port} on the loopback with short timeouts, so that a silent server costs little. */
    private static SmtpTransport impatient(int port) {
        return new SmtpTransport(new MailSettings(MailSettings.TransportKind.SMTP, Path.of("unused"),
                "pactwatch@example.org", "127.0.0.1", port, MailSettings.Security.NONE, null, null, SHORT, SHORT,
                SHORT, MailSettings.DEFAULT_MAX_MESSAGE_BYTES), null);
    }

    /** A transport that lets {@code step} pass on the clock during each send, as a slow server would. */
    private Transport taking(Duration step, Transport real) {
        return new Transport() {
            @Override
            public Batch open() {
                Batch batch = real.open();
                return new Batch() {
                    @Override
                    public SendResult send(Envelope envelope) {
                        clock.advance(step);
                        return batch.send(envelope);
                    }

                    @Override
                    public void close() {
                        batch.close();
                    }
                };
            }

            @Override
            public String describe() {
                return real.describe();
            }
        };
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersEndsTheRunAfterTheBreakersFailuresAndEveryMessageStaysPending()
            throws IOException {
        open(Engine.H2);
        enqueue(5);
        // the kernel completes the handshake of a listening socket nobody accepts from: a server that never speaks
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Delivery.Report report = deliver(impatient(silent.getLocalPort()),
                    DeliverySettings.builder().breakerFailures(2).build());

            assertThat(report.retried()).isEqualTo(2);
            assertThat(report.untried()).isEqualTo(3);
            assertThat(report.sent() + report.dead()).isZero();
            assertThat(report.stoppedBecause()).startsWith("2 consecutive attempts could not reach smtp 127.0.0.1:")
                    .contains("timed out");
        }
        List<OutboxEntry> entries = entries();
        assertThat(entries).allSatisfy(e -> assertThat(e.status()).isEqualTo(OutboxEntry.PENDING));
        assertThat(entries.subList(0, 2)).allSatisfy(e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.lastError()).contains("timed out");
        });
        assertThat(entries.subList(2, 5)).allSatisfy(e -> {
            assertThat(e.attempts()).isZero();
            assertThat(e.lastError()).startsWith("not tried: 2 consecutive attempts could not reach");
            assertThat(e.nextAttemptAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void theBreakerStopsEveryConnectionOfTheRun() throws IOException {
        open(Engine.H2);
        enqueue(150); // three claims of 50, one per connection
        Delivery.Report report;
        try (ServerSocket silent = new ServerSocket(0, 200, InetAddress.getLoopbackAddress())) {
            report = deliver(impatient(silent.getLocalPort()),
                    DeliverySettings.builder().breakerFailures(2).connections(3).build());

            // attempts already under way when the breaker trips finish: at most one per other connection
            assertThat(report.retried()).isBetween(2, 4);
            assertThat(report.stoppedBecause()).contains("consecutive attempts could not reach");
        }
        List<OutboxEntry> entries = entries();
        assertThat(entries).allSatisfy(e -> assertThat(e.status()).isEqualTo(OutboxEntry.PENDING));
        assertThat(entries.stream().filter(e -> e.attempts() == 1).count()).isEqualTo(report.retried());
    }

    @Test
    void aServerThatAnswersAgainResetsTheBreaker() {
        open(Engine.H2);
        enqueue(4);
        SmtpTransport real = Fixtures.smtp(SMTP.getSmtp().getPort());
        SmtpTransport down = impatient(Fixtures.closedPort());
        // every other message meets a refused connection: never two in a row
        Transport flaky = new Transport() {
            @Override
            public Batch open() {
                Batch good = real.open();
                Batch bad = down.open();
                return new Batch() {
                    private int count;

                    @Override
                    public SendResult send(Envelope envelope) {
                        return count++ % 2 == 0 ? bad.send(envelope) : good.send(envelope);
                    }

                    @Override
                    public void close() {
                        good.close();
                        bad.close();
                    }
                };
            }

            @Override
            public String describe() {
                return real.describe();
            }
        };

        Delivery.Report report = deliver(flaky, DeliverySettings.builder().breakerFailures(2).build());

        assertThat(report).isEqualTo(new Delivery.Report(2, 2, 0, 0, null, null, 0));
    }

    @Test
    void noMessageIsStartedAfterTheRunsDeadlineAndTheRestGoInTheNextRun() {
        open(Engine.H2);
        enqueue(5);
        DeliverySettings ninetySeconds = DeliverySettings.builder().passDeadline(Duration.ofSeconds(90)).build();
        Transport oneMinuteEach = taking(Duration.ofMinutes(1), Fixtures.smtp(SMTP.getSmtp().getPort()));

        Delivery.Report first = deliver(oneMinuteEach, ninetySeconds);

        assertThat(first.sent()).isEqualTo(2);
        assertThat(first.untried()).isEqualTo(3);
        assertThat(first.stoppedBecause()).isEqualTo("the run's delivery deadline of 90 s passed");
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(entries().subList(2, 5)).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(OutboxEntry.PENDING);
            assertThat(e.attempts()).isZero();
        });

        Delivery.Report second = deliver(oneMinuteEach, ninetySeconds);

        assertThat(second.sent()).isEqualTo(2);
        assertThat(deliver(oneMinuteEach, ninetySeconds).sent()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(5);
    }

    @Test
    void aMessageWhoseRetryFallsDueDuringTheRunIsNotTriedAgainInThatRun() {
        open(Engine.H2);
        enqueue(3);
        // each attempt takes longer than the first backoff (at most a minute): before, the run claimed them again
        Transport slowAndDown = taking(Duration.ofMinutes(2), impatient(Fixtures.closedPort()));
        DeliverySettings noBreaker = DeliverySettings.builder().breakerFailures(100)
                .passDeadline(Duration.ofHours(1)).lease(Duration.ofHours(2)).build();

        Delivery.Report report = deliver(slowAndDown, noBreaker);

        assertThat(report.retried()).isEqualTo(3);
        assertThat(entries()).allSatisfy(e -> assertThat(e.attempts()).isEqualTo(1));
    }
}
