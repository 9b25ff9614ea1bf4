package io.pactwatch.notify;

import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.RepeatPolicy;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Policy;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.rules.RuleBase;
import io.pactwatch.rules.RuleCompiler;
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
import java.util.SplittableRandom;

/** The real pipeline, assembled the way the CLI does, over a test database, registry and transport. */
final class Pipeline {

    static final String OPS = "ops@example.org";
    static final String IRAN_DESK = "iran-desk@example.org";
    /** Iran's commitments go to the Iran desk and (continue) to the default route; the rest to ops. */
    static final List<Route> ROUTES = List.of(
            new Route(1, new Route.Match(Set.of("Iran"), Set.of(), Set.<Kind>of(), Set.of(), Set.of(), null), List.of(IRAN_DESK),
                    false),
            new Route(2, null, List.of(OPS), false));

    private static RuleBase rules;

    private Pipeline() {
    }

    static synchronized RuleBase rules() {
        if (rules == null) {
            rules = RuleCompiler.compile(Path.of("rules"));
        }
        return rules;
    }

    static Registry seed() {
        return RegistryLoader.load(Path.of("commitments"));
    }

    static NotifyingPass evaluation(Registry registry, Database db, Clock clock) {
        return evaluation(registry, db, clock, ROUTES, MailSettings.plainSmtp("localhost", 25, "pactwatch@example.org"));
    }

    static NotifyingPass evaluation(Registry registry, Database db, Clock clock, List<Route> routes, MailSettings mail) {
        return evaluation(registry, db, clock, routes, mail, ActionLinks.none());
    }

    static NotifyingPass evaluation(Registry registry, Database db, Clock clock, List<Route> routes, MailSettings mail,
                                    ActionLinks links) {
        // the budget as the application sets it: the configured one, or the server's limit delivery learned
        DigestMail digests = new DigestMail(Templates.load(Path.of("config/templates")), mail, "bin/pactwatch", links,
                () -> new Outbox(db, clock).digestBudget(mail));
        return new NotifyingPass(new Evaluator(rules(), Policy.defaults()), registry, db, new Ledger(clock),
                RepeatPolicy.defaults(), new Routing(routes), digests, clock);
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

    static DigestMail digestMail(MailSettings mail, ActionLinks links) {
        return new DigestMail(Templates.load(Path.of("config/templates")), mail, "bin/pactwatch", links);
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

    static Delivery delivery(Database db, Transport transport, Clock clock) {
        return delivery(db, transport, clock, DeliverySettings.defaults());
    }

    static Delivery delivery(Database db, Transport transport, Clock clock, DeliverySettings settings) {
        return new Delivery(new Outbox(db, clock), transport, settings, clock, new SplittableRandom(7));
    }

    static SmtpTransport smtp(int port) {
        return new SmtpTransport(MailSettings.plainSmtp("localhost", port, "pactwatch@example.org"), null);
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
