package io.pactwatch.notify;

import io.pactwatch.synthetic.RegistryGenerator;
import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.store.TestDatabases.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A digest the mail server refuses as too large is never the only record of its alerts: it goes dead with the
 * server's reply, its alerts are returned to "not told" (with the reason in their history), and the next pass
 * tells them again in a digest the server takes, whether the server states its limit (EHLO SIZE) or not.
 */
class SizeRefusedDigestTest extends OutboxFixture {

    /** Over {@link MailSettings#MIN_MAX_MESSAGE_BYTES}, the smallest budget, and well under the first digest. */
    private static final int SERVER_LIMIT = 120_000;
    private static final LocalDate DAY = LocalDate.parse("2020-06-01");
    /** Passes, a day apart: a server that states no limit is found out by halving, within a few. */
    private static final int MAX_PASSES = 5;

    SizeRefusedDigestTest() {
        super("2020-06-01T06:00:00Z");
    }

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of(Engine.H2, true), Arguments.of(Engine.H2, false),
                Arguments.of(Engine.POSTGRESQL, true));
    }

    @ParameterizedTest(name = "{0}, server states its limit: {1}")
    @MethodSource("cases")
    void theAlertsOfARefusedDigestAreToldAgainWithinTheServersLimit(Engine engine, boolean advertised)
            throws IOException {
        open(engine);
        try (SizeLimitedSmtpServer server = new SizeLimitedSmtpServer(SERVER_LIMIT, advertised)) {
            NotifyingPass evaluation = evaluation(server);
            NotifyingPass.Result first = evaluation.run(DAY);
            assertThat(first.messages().get(0).raw().length()).as("the first digest").isGreaterThan(SERVER_LIMIT);

            Delivery.Report refused = deliver(server);

            assertThat(refused.tooLarge()).isEqualTo(1);
            assertThat(refused.sent()).isZero();
            OutboxEntry dead = new Outbox(db, clock).list().get(0);
            assertThat(dead.status()).isEqualTo(OutboxEntry.DEAD);
            assertThat(dead.lastError()).startsWith("refused as too large: ")
                    .contains(advertised ? "(its SIZE, RFC 1870)" : "552 5.3.4 Message size exceeds fixed limit");
            assertThat(told()).as("alerts still recorded as told").isEmpty();
            String someAlert = first.notices().get(0).fingerprint();
            assertThat(history(someAlert)).extracting(HistoryEntry::decision)
                    .containsExactly(HistoryEntry.NOTIFY, HistoryEntry.UNTOLD);

            int passes = 1;
            // the same day again (an operator re-running `evaluate --notify`), then the following days
            NotifyingPass.Result again = evaluation.run(DAY);
            assertThat(again.enqueued()).isEqualTo(1);
            while (deliver(server).sent() == 0 && passes < MAX_PASSES) {
                passes++;
                clock.advance(Duration.ofDays(1));
                evaluation.run(DAY.plusDays(passes - 1));
            }

            assertThat(server.accepted()).hasSize(1)
                    .allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(SERVER_LIMIT));
            if (advertised) {
                assertThat(passes).as("passes after the refusal").isEqualTo(1);
                assertThat(server.refused()).as("sent while over the stated SIZE").isEmpty();
            }
            assertThat(told()).as("every firing alert is recorded as told, in the digest that was delivered")
                    .hasSize(first.notices().size());
            List<HistoryEntry> history = history(someAlert);
            assertThat(history.get(history.size() - 1).decision()).isEqualTo(HistoryEntry.NOTIFY);
        }
    }

    private NotifyingPass evaluation(SizeLimitedSmtpServer server) throws IOException {
        Path registryDir = dir.resolve("registry");
        new RegistryGenerator(12).write(400, registryDir);
        Registry registry = RegistryLoader.load(registryDir);
        MailSettings mail = MailSettings.plainSmtp("localhost", server.port(), "pactwatch@example.org");
        return Fixtures.application(db, clock).registry(registry)
                .routes(List.of(new Route(1, null, List.of(Fixtures.OPS), false))).mail(mail).build().notifyingPass();
    }

    private Delivery.Report deliver(SizeLimitedSmtpServer server) {
        return deliver(Fixtures.smtp(server.port()));
    }

    private List<LedgerEntry> told() {
        return db.inTransaction(c -> new Ledger(clock).list(c)).stream()
                .filter(e -> e.firing() && e.lastNotified() != null).toList();
    }

    private List<HistoryEntry> history(String fingerprint) {
        return db.inTransaction(c -> new Ledger(clock).history(c, fingerprint));
    }
}
