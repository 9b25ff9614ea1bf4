package io.pactwatch.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.pactwatch.store.TestDatabases.Engine;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox under faults, against a real SMTP server, on H2 and PostgreSQL. */
class OutboxDeliveryTest extends OutboxFixture {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private List<String> receivedIds() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
    }

    private List<String> statuses() {
        return new Outbox(db, clock).list().stream().map(OutboxEntry::status).distinct().toList();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void messagesWaitWhileTheServerIsDownAndArriveExactlyOnceWhenItIsBack(Engine engine) {
        open(engine);
        enqueue(3);
        DeliverySettings patientBreaker = DeliverySettings.builder().breakerFailures(3).build();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(deliver(Fixtures.smtp(Fixtures.closedPort()), patientBreaker).retried()).isEqualTo(3);
            assertThat(deliver(Fixtures.smtp(SMTP.getSmtp().getPort())).sent()).as("not due yet").isZero();
            clock.advance(DeliverySettings.DEFAULT_RETRY_MAX);
        }

        assertThat(deliver(Fixtures.smtp(SMTP.getSmtp().getPort())).sent()).isEqualTo(3);
        assertThat(deliver(Fixtures.smtp(SMTP.getSmtp().getPort())).sent()).isZero();

        assertThat(receivedIds()).containsExactly("<m1@example.org>", "<m2@example.org>", "<m3@example.org>");
        assertThat(statuses()).containsExactly(OutboxEntry.SENT);
    }

    @Test
    void a451IsRetriedAndTheNextAttemptSucceeds() {
        open(Engine.H2);
        enqueue(1);
        MessageDeliveryHandler normal = SMTP.getUserManager().getMessageDeliveryHandler();
        AtomicInteger failures = new AtomicInteger(1);
        SMTP.getUserManager().setMessageDeliveryHandler((message, address) -> {
            if (failures.getAndDecrement() > 0) {
                throw new MessagingException("mailbox busy"); // GreenMail answers 451
            }
            return normal.handle(message, address);
        });

        Delivery.Report first = deliver(Fixtures.smtp(SMTP.getSmtp().getPort()));
        OutboxEntry waiting = new Outbox(db, clock).list().get(0);
        clock.advance(Duration.ofMinutes(1));
        Delivery.Report second = deliver(Fixtures.smtp(SMTP.getSmtp().getPort()));

        assertThat(first.retried()).isEqualTo(1);
        assertThat(waiting.lastError()).startsWith("451 ").doesNotStartWith("451 451");
        assertThat(waiting.nextAttemptAt()).isBetween(clock.instant().minusSeconds(31), clock.instant());
        assertThat(second.sent()).isEqualTo(1);
        assertThat(receivedIds()).containsExactly("<m1@example.org>");
    }

    @Test
    void aPermanentRejectionKillsThatMessageOnlyAndTheOthersAreDelivered() {
        open(Engine.H2);
        enqueue(3);
        SmtpTransport smtp = Fixtures.smtp(SMTP.getSmtp().getPort());
        // GreenMail never answers 5xx to a well-formed recipient: the rejection is injected at the transport seam.
        Transport rejectingUser2 = new Transport() {
            @Override
            public Batch open() {
                Batch real = smtp.open();
                return new Batch() {
                    @Override
                    public SendResult send(Envelope envelope) {
                        return envelope.recipient().equals("user2@example.org")
                                ? SendResult.rejected("550 5.1.1 no such user") : real.send(envelope);
                    }

                    @Override
                    public void close() {
                        real.close();
                    }
                };
            }

            @Override
            public String describe() {
                return smtp.describe();
            }
        };

        Delivery.Report report = deliver(rejectingUser2);

        assertThat(report).isEqualTo(new Delivery.Report(2, 0, 1, 0, null, null, 0));
        assertThat(receivedIds()).containsExactly("<m1@example.org>", "<m3@example.org>");
        assertThat(new Outbox(db, clock).list()).filteredOn(e -> e.recipient().equals("user2@example.org"))
                .singleElement().satisfies(e -> {
                    assertThat(e.status()).isEqualTo(OutboxEntry.DEAD);
                    assertThat(e.lastError()).isEqualTo("550 5.1.1 no such user");
                });
    }

    @Test
    void afterTheLastAttemptAMessageIsDead() {
        open(Engine.H2);
        enqueue(1);
        DeliverySettings twoAttempts = DeliverySettings.builder().maxAttempts(2)
                .retryMax(Duration.ofMinutes(5)).build();

        Delivery.Report first = deliver(Fixtures.smtp(Fixtures.closedPort()), twoAttempts);
        clock.advance(Duration.ofMinutes(5));
        Delivery.Report second = deliver(Fixtures.smtp(Fixtures.closedPort()), twoAttempts);

        assertThat(first.retried()).isEqualTo(1);
        assertThat(second.dead()).isEqualTo(1);
        assertThat(new Outbox(db, clock).list().get(0).lastError()).startsWith("gave up after 2 attempts");
        assertThat(new Outbox(db, clock).retryNow(1)).isTrue();
        assertThat(deliver(Fixtures.smtp(SMTP.getSmtp().getPort())).sent()).isEqualTo(1);
    }

    @Test
    void aRefusedLoginPausesDeliveryAndKeepsEveryMessage() {
        open(Engine.H2);
        enqueue(2);
        SMTP.setUser("pactwatch", "right-password");
        MailSettings withLogin = new MailSettings(MailSettings.TransportKind.SMTP, dir, "pactwatch@example.org",
                "localhost", SMTP.getSmtp().getPort(), MailSettings.Security.NONE, "pactwatch", "SMTP_PW",
                MailSettings.DEFAULT_CONNECT_TIMEOUT, MailSettings.DEFAULT_READ_TIMEOUT,
                MailSettings.DEFAULT_WRITE_TIMEOUT, MailSettings.DEFAULT_MAX_MESSAGE_BYTES);

        Delivery.Report report = deliver(new SmtpTransport(withLogin, "wrong-password"));

        assertThat(report.paused()).isTrue();
        assertThat(report.pausedBecause()).startsWith("authentication failed").doesNotContain("wrong-password");
        assertThat(new Outbox(db, clock).list()).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(OutboxEntry.PENDING);
            assertThat(e.attempts()).isZero();
        });
        assertThat(deliver(new SmtpTransport(withLogin, "right-password")).sent()).isEqualTo(2);
    }

    @Test
    void aServerWithoutStarttlsPausesDeliveryInsteadOfSendingInPlainText() {
        open(Engine.H2);
        enqueue(1);
        MailSettings starttls = new MailSettings(MailSettings.TransportKind.SMTP, dir, "pactwatch@example.org",
                "localhost", SMTP.getSmtp().getPort(), MailSettings.Security.STARTTLS, null, null,
                MailSettings.DEFAULT_CONNECT_TIMEOUT, MailSettings.DEFAULT_READ_TIMEOUT,
                MailSettings.DEFAULT_WRITE_TIMEOUT, MailSettings.DEFAULT_MAX_MESSAGE_BYTES);

        Delivery.Report report = deliver(new SmtpTransport(starttls, null));

        assertThat(report.pausedBecause()).startsWith("TLS failed").contains("STARTTLS");
        assertThat(receivedIds()).isEmpty();
        assertThat(statuses()).containsExactly(OutboxEntry.PENDING);
    }

    @Test
    void theThreeSmtpTimeoutsAreAlwaysSet() {
        java.util.Properties properties = SmtpTransport.properties(MailSettings.plainSmtp("localhost", 25, "a@b.org"));

        assertThat(properties).containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "30000").containsEntry("mail.smtp.writetimeout", "30000");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aClaimAbandonedByADeadWorkerIsDeliveredOnceItsLeaseExpires(Engine engine) {
        open(engine);
        enqueue(2);
        List<Outbox.Claimed> abandoned = new Outbox(db, clock).claim(10, DeliverySettings.DEFAULT_LEASE);

        Delivery.Report duringLease = deliver(Fixtures.smtp(SMTP.getSmtp().getPort()));
        clock.advance(DeliverySettings.DEFAULT_LEASE.plusSeconds(1));
        Delivery.Report afterLease = deliver(Fixtures.smtp(SMTP.getSmtp().getPort()));

        assertThat(abandoned).hasSize(2);
        assertThat(duringLease.sent()).isZero();
        assertThat(afterLease.sent()).isEqualTo(2);
        assertThat(receivedIds()).hasSize(2).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void twoWorkersOnOneDatabaseNeverSendAMessageTwice(Engine engine) {
        open(engine);
        int count = 60;
        enqueue(count);
        DeliverySettings smallBatches = DeliverySettings.builder().batchSize(3).build();

        List<CompletableFuture<Delivery.Report>> workers = IntStream.range(0, 2)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> Fixtures.delivery(db,
                        Fixtures.smtp(SMTP.getSmtp().getPort()), clock, smallBatches).deliverDue()))
                .toList();
        int sent = workers.stream().mapToInt(w -> w.join().sent()).sum();

        assertThat(sent).isEqualTo(count);
        assertThat(receivedIds()).hasSize(count).doesNotHaveDuplicates();
        assertThat(statuses()).containsExactly(OutboxEntry.SENT);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void severalConnectionsAtOnceSendEveryMessageExactlyOnce(Engine engine) {
        open(engine);
        enqueue(130); // three claims of 50
        DeliverySettings three = DeliverySettings.builder().connections(3).build();

        Delivery.Report report = deliver(Fixtures.smtp(SMTP.getSmtp().getPort()), three);

        assertThat(report.sent()).isEqualTo(130);
        assertThat(receivedIds()).hasSize(130).doesNotHaveDuplicates();
        assertThat(new Outbox(db, clock).list()).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(OutboxEntry.SENT);
            assertThat(e.attempts()).isEqualTo(1);
        });
    }

    @Test
    void enqueueingTheSameKeyTwiceKeepsOneMessage() {
        open(Engine.H2);
        enqueue(2);
        enqueue(2);

        assertThat(new Outbox(db, clock).list()).hasSize(2);
        Instant before = clock.instant().plusSeconds(1);
        deliver(Fixtures.smtp(SMTP.getSmtp().getPort()));
        assertThat(new Outbox(db, clock).purgeSent(before)).isEqualTo(2);
        assertThat(new Outbox(db, clock).list()).isEmpty();
    }

    @Test
    void aMessageArrivesAsItWasStoredWithItsMessageIdFoldedHeaderAndLinesStartingWithADot() throws Exception {
        open(Engine.H2);
        String body = "first line\r\n.a line that starts with a dot\r\n..and one with two\r\nlast line\r\n";
        db.inTransaction(c -> Outbox.enqueue(c, new OutboxMessage("key-stored", "stored@example.org", "stored",
                "From: pactwatch@example.org\r\nTo: stored@example.org\r\nSubject: a subject folded\r\n"
                        + " over two lines\r\nMessage-ID: <stored@example.org>\r\nX-Order: kept\r\n\r\n" + body),
                clock.instant()));

        assertThat(deliver(Fixtures.smtp(SMTP.getSmtp().getPort())).sent()).isEqualTo(1);

        jakarta.mail.internet.MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<stored@example.org>");
        assertThat(received.getSubject()).isEqualTo("a subject folded over two lines");
        assertThat(received.getHeader("X-Order", null)).isEqualTo("kept");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received)).isEqualTo(body.stripTrailing());
    }
}
