package io.pactwatch.cli;

import io.pactwatch.config.Settings;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.notify.Delivery;
import io.pactwatch.notify.DigestMail;
import io.pactwatch.notify.Evaluation;
import io.pactwatch.notify.Outbox;
import io.pactwatch.notify.Routing;
import io.pactwatch.notify.Templates;
import io.pactwatch.notify.Transport;
import io.pactwatch.notify.Transports;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.rules.RuleCompiler;
import io.pactwatch.store.Database;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Assembles the notifying pipeline from the settings, the clock and the environment: the only place that knows
 * how the stages fit together. Open it in try-with-resources; closing it closes the database last.
 */
final class Wiring implements AutoCloseable {

    /** How digests tell recipients to run Pactwatch. */
    static final String COMMAND = "bin/pactwatch";

    private final Settings settings;
    private final Clock clock;
    private final Map<String, String> env;
    private final Database db;

    private Wiring(Settings settings, Clock clock, Map<String, String> env, Database db) {
        this.settings = settings;
        this.clock = clock;
        this.env = env;
        this.db = db;
    }

    static Wiring open(Settings settings, Main main) {
        return new Wiring(settings, main.clock(), main.env(), Database.open(settings.database(), main.env()));
    }

    Database db() {
        return db;
    }

    Ledger ledger() {
        return new Ledger(settings.repeat(), clock);
    }

    Outbox outbox() {
        return new Outbox(db, clock);
    }

    Transport transport() {
        return Transports.create(settings.mail(), env);
    }

    Delivery delivery() {
        return new Delivery(outbox(), transport(), settings.delivery(), clock, new SecureRandom());
    }

    Templates templates() {
        return Templates.load(settings.templates());
    }

    /** The pass over the configured registry and rules. */
    Evaluation evaluation() {
        Registry registry = RegistryLoader.load(settings.registry());
        Evaluator evaluator = new Evaluator(RuleCompiler.compile(settings.rules()), settings.policy());
        return new Evaluation(evaluator, registry, db, ledger(), routing(),
                new DigestMail(templates(), settings.mail(), COMMAND), clock);
    }

    private Routing routing() {
        if (settings.routes().isEmpty()) {
            throw new InvalidInputException("config", List.of(Problem.at(Path.of("config"), 0,
                    "there is no \"routes:\" section, so nobody can be notified; add one with a default route"
                            + " (README, \"Routing\")")));
        }
        return new Routing(settings.routes());
    }

    @Override
    public void close() {
        db.close();
    }
}
