package io.pactwatch.app;

import io.pactwatch.coordination.Coordination;
import io.pactwatch.config.Settings;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.notify.ActionLinks;
import io.pactwatch.notify.Delivery;
import io.pactwatch.notify.DigestMail;
import io.pactwatch.notify.NotifyingPass;
import io.pactwatch.notify.Outbox;
import io.pactwatch.notify.Routing;
import io.pactwatch.notify.Templates;
import io.pactwatch.notify.Transport;
import io.pactwatch.notify.Transports;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.rules.RuleBase;
import io.pactwatch.rules.RuleCompiler;
import io.pactwatch.store.Database;
import io.pactwatch.web.SignedActionLinks;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The application, assembled from the settings, the clock and the environment: the one place that knows how the
 * parts fit together (settings, database, registry and rules, the notifying pass, ledger, routing, outbox,
 * transport). The CLI, the daemon and the web console all open it; nothing else constructs these parts.
 * Open it in try-with-resources; closing it closes the database last.
 */
public final class Application implements AutoCloseable {

    /** How digests tell recipients to run Pactwatch. */
    public static final String COMMAND = "bin/pactwatch";

    private final Settings settings;
    private final Clock clock;
    private final Map<String, String> env;
    private final Database db;

    private Application(Settings settings, Clock clock, Map<String, String> env, Database db) {
        this.settings = settings;
        this.clock = clock;
        this.env = env;
        this.db = db;
    }

    /** Opens the database (migrating it) and assembles the stages around it. */
    public static Application open(Settings settings, Clock clock, Map<String, String> env) {
        return new Application(settings, clock, env, Database.open(settings.database(), env));
    }

    public Database db() {
        return db;
    }

    public Ledger ledger() {
        return new Ledger(clock);
    }

    public Outbox outbox() {
        return new Outbox(db, clock);
    }

    public Transport transport() {
        return Transports.create(settings.mail(), env);
    }

    public Delivery delivery() {
        return new Delivery(outbox(), transport(), settings.delivery(), clock, new SecureRandom());
    }

    /** What coordinators and admins do to the ledger and the outbox, whoever asks (CLI, web console, API). */
    public Coordination coordination() {
        return coordination(() -> RegistryLoader.load(settings.registry()));
    }

    /** The same service, checking recorded progress against {@code registry}; previews read the files on disk. */
    public Coordination coordination(Supplier<Registry> registry) {
        return coordination(registry, this::notifyingPass);
    }

    /** The same service on the daemon's live inputs: {@code pass} is the pass previews dry-run. */
    public Coordination coordination(Supplier<Registry> registry, Supplier<NotifyingPass> pass) {
        return new LocalCoordination(db, ledger(), outbox(), registry, pass, clock);
    }

    /**
     * The links digests carry to the console: signed for each recipient when {@code web.base-url} is set, none
     * otherwise (digests then keep the CLI commands).
     *
     * @throws InvalidInputException when the base URL is set but the signing key's variable is not
     */
    public ActionLinks actionLinks() {
        return SignedActionLinks.of(settings.web(), env, clock);
    }

    public Settings settings() {
        return settings;
    }

    public Templates templates() {
        return Templates.load(settings.templates());
    }

    /** The pass over the configured registry and rules, as they are on disk now. */
    public NotifyingPass notifyingPass() {
        Routing routing = routing(); // first: without routes, no input needs loading to know that nothing can be sent
        return notifyingPass(RegistryLoader.load(settings.registry()), RuleCompiler.compile(settings.rules()),
                templates(), routing);
    }

    /** The pass over a registry and rule pack already loaded (the daemon's live, hot-reloaded ones). */
    public NotifyingPass notifyingPass(Registry registry, RuleBase rules, Templates templates) {
        return notifyingPass(registry, rules, templates, routing());
    }

    private NotifyingPass notifyingPass(Registry registry, RuleBase rules, Templates templates, Routing routing) {
        return new NotifyingPass(new Evaluator(rules, settings.policy()), registry, db, ledger(), settings.repeat(),
                routing, new DigestMail(templates, settings.mail(), COMMAND, actionLinks(),
                        () -> outbox().digestBudget(settings.mail())), clock);
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
