package io.pactwatch.notify;

import io.pactwatch.app.Application;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.RepeatPolicy;
import io.pactwatch.model.Kind;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.ShippedRules;
import io.pactwatch.store.Database;

import io.pactwatch.model.Alert;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * What the notify tests share: the seed registry, the routes and recipients its digests go to, the shipped rule
 * pack compiled once, and the {@link Application} built on a test's database. Nothing here assembles production
 * parts: {@link Application.Builder} does, as for the CLI and the daemon.
 */
final class Fixtures {

    static final String OPS = "ops@example.org";
    static final String IRAN_DESK = "iran-desk@example.org";
    /** Iran's commitments go to the Iran desk and (continue) to the default route; the rest to ops. */
    static final List<Route> ROUTES = List.of(
            new Route(1, new Route.Match(Set.of("Iran"), Set.of(), Set.<Kind>of(), Set.of(), Set.of(), null), List.of(IRAN_DESK),
                    false),
            new Route(2, null, List.of(OPS), false));

    /** Plain SMTP to port 25 on localhost: passes that only enqueue never connect. */
    static final MailSettings MAIL = smtpOn(25);

    private Fixtures() {
    }

    static Registry seed() {
        return RegistryLoader.load(Path.of("commitments"));
    }

    /**
     * The application as tests use it: on {@code db} (which the test closes), the shipped rules compiled once,
     * {@link #ROUTES}, SMTP on localhost and no links; a test sets what it is about.
     */
    static Application.Builder application(Database db, Clock clock) {
        return Application.builder(clock).database(db).rules(ShippedRules.get()).routes(ROUTES).mail(MAIL);
    }

    /** The notifying pass over {@code registry}, assembled as in production. */
    static NotifyingPass notifyingPass(Registry registry, Database db, Clock clock) {
        return application(db, clock).registry(registry).build().notifyingPass();
    }

    /**
     * The pass's deciding stages (from reading the ledger to writing it) on {@code alerts} given here instead of
     * evaluated, in the caller's transaction: the ledger's state after a day with exactly these alerts.
     */
    static PassState decide(java.sql.Connection c, Ledger ledger, Registry known, LocalDate day, Instant now,
                            List<Alert> alerts) throws java.sql.SQLException {
        PassState pass = new PassState(c, day, now);
        pass.known = known;
        pass.evaluated = alerts;
        for (PassStage stage : NotifyingPass.deciding(ledger, RepeatPolicy.defaults())) {
            stage.run(pass);
        }
        return pass;
    }

    /**
     * Enqueues {@code count} small messages, "message 1" to user1@example.org and so on, with keys key-1, key-2, ...
     * (enqueueing the same numbers again adds nothing: the keys are the outbox's idempotency keys).
     */
    static void enqueueNumbered(Database db, int count, java.time.Instant at) {
        db.inTransaction(c -> {
            for (int i = 1; i <= count; i++) {
                String to = "user" + i + "@example.org";
                Outbox.enqueue(c, new OutboxMessage("key-" + i, to, "message " + i, "From: pactwatch@example.org\r\n"
                        + "To: " + to + "\r\nSubject: message " + i + "\r\nMessage-ID: <m" + i + "@example.org>\r\n"
                        + "\r\nbody " + i + "\r\n"), at);
            }
            return null;
        });
    }

    /** Delivery through {@code transport} with {@code settings}, assembled as in production. */
    static Delivery delivery(Database db, Transport transport, Clock clock, DeliverySettings settings) {
        return application(db, clock).transport(transport).delivery(settings).build().delivery();
    }

    /** Plain SMTP to {@code port} on localhost, from the address {@link #MAIL} has. */
    static MailSettings smtpOn(int port) {
        return MailSettings.plainSmtp("localhost", port, "pactwatch@example.org");
    }

    static SmtpTransport smtp(int port) {
        return new SmtpTransport(smtpOn(port), null);
    }

    /** A local port nothing listens on: connecting is refused, as with an SMTP server that is down. */
    static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A clock tests move forward by hand. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        static MovableClock at(String instant) {
            return new MovableClock(Instant.parse(instant));
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
