package io.pactwatch.app;

import io.pactwatch.coordination.Coordination;
import io.pactwatch.config.Settings;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.RepeatPolicy;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Problem;
import io.pactwatch.notify.ActionLinks;
import io.pactwatch.notify.Delivery;
import io.pactwatch.notify.DeliverySettings;
import io.pactwatch.notify.DigestMail;
import io.pactwatch.notify.MailSettings;
import io.pactwatch.notify.NotifyingPass;
import io.pactwatch.notify.Outbox;
import io.pactwatch.notify.Route;
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
import io.pactwatch.store.DatabaseSettings;
import io.pactwatch.web.SignedActionLinks;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application, assembled from the settings, the clock and the environment: the one place that knows how the
 * parts fit together (settings, database, registry and rules, the notifying pass, ledger, routing, outbox,
 * transport). The CLI, the daemon, the web console and the tests all open it; nothing else constructs these parts.
 * Open it in try-with-resources; closing it closes the database it opened. Tests and embedders get one from
 * {@link #builder}, assembled by the same methods (docs/architecture.md, "One wiring point").
 */
public final class Application implements AutoCloseable {

    /** How digests tell recipients to run Pactwatch. */
    public static final String COMMAND = "bin/pactwatch";

    private final Settings settings;
    private final Clock clock;
    private final Map<String, String> env;
    private final Database db;
    private final boolean ownsDatabase;
    private final Supplier<Registry> registry;
    private final Supplier<RuleBase> rules;
    private final Supplier<ActionLinks> actionLinks;
    private final Supplier<Transport> transport;

    private Application(Builder b) {
        this.settings = b.settings();
        this.clock = b.clock;
        this.env = b.env;
        this.ownsDatabase = b.db == null;
        this.db = ownsDatabase ? Database.open(settings.database(), env) : b.db;
        this.registry = givenOr(b.registry, () -> RegistryLoader.load(settings.registry()));
        this.rules = givenOr(b.rules, () -> RuleCompiler.compile(settings.rules()));
        this.actionLinks = givenOr(b.actionLinks, () -> SignedActionLinks.of(settings.web(), env, clock));
        this.transport = givenOr(b.transport, () -> Transports.create(settings.mail(), env));
    }

    /** The part the builder was given (captured now, not read from the builder later), or the configured one. */
    private static <T> Supplier<T> givenOr(T given, Supplier<T> configured) {
        return given != null ? () -> given : configured;
    }

    /** Opens the database (migrating it) and assembles the stages around it. */
    public static Application open(Settings settings, Clock clock, Map<String, String> env) {
        return builder(clock).settings(settings).env(env).build();
    }

    /**
     * An application for tests and embedders: the {@link Builder#DEFAULT_HOME shipped files} and
     * {@link Settings#defaults defaults} unless a setter says otherwise, on {@code clock}.
     */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
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
        return transport.get();
    }

    public Delivery delivery() {
        return new Delivery(outbox(), transport(), settings.delivery(), clock, new SecureRandom());
    }

    /** What coordinators and admins do to the ledger and the outbox, whoever asks (CLI, web console, API). */
    public Coordination coordination() {
        return coordination(registry);
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
        return actionLinks.get();
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
        return notifyingPass(registry.get(), rules.get(), templates(), routing);
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

    /** Closes the database, unless the builder was given one already open: whoever opened it closes it. */
    @Override
    public void close() {
        if (ownsDatabase) {
            db.close();
        }
    }

    /**
     * Builds an {@link Application} the way {@link #open} does, with what a test or an embedder varies: the
     * database (one already open, which the application then leaves open), the registry and the rule pack (loaded
     * once and shared), routes, mail, delivery, the digests' links, the transport, the environment. Everything
     * else is {@link Settings#defaults} of {@link #DEFAULT_HOME}. The parts are then assembled by the same methods
     * as in production: a setter replaces an input, never a stage.
     */
    public static final class Builder {

        /**
         * The working directory: the shipped rules ({@value Settings#DEFAULT_RULES}), templates
         * ({@value Settings#DEFAULT_TEMPLATES}) and registry ({@value Settings#DEFAULT_REGISTRY}).
         */
        public static final Path DEFAULT_HOME = Path.of("");
        /** No environment variables: no secrets, no signing key. */
        public static final Map<String, String> DEFAULT_ENV = Map.of();
        /** Repeat intervals and resolved notices as a config without {@code notify:} has them. */
        public static final RepeatPolicy DEFAULT_REPEAT = RepeatPolicy.defaults();
        /** The thresholds rules read, as a config without {@code policy:} has them. */
        public static final Policy DEFAULT_POLICY = Policy.defaults();

        private final Clock clock;
        private Settings base = Settings.defaults(DEFAULT_HOME);
        private Map<String, String> env = DEFAULT_ENV;
        private RepeatPolicy repeat = DEFAULT_REPEAT;
        private Policy policy = DEFAULT_POLICY;
        private DatabaseSettings database;
        private Path templates;
        private List<Route> routes;
        private MailSettings mail;
        private DeliverySettings delivery;
        private Database db;
        private Registry registry;
        private RuleBase rules;
        private ActionLinks actionLinks;
        private Transport transport;

        private Builder(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** Starts from these settings (a loaded config) instead of the defaults; later setters override them. */
        public Builder settings(Settings settings) {
            this.base = settings;
            this.repeat = settings.repeat();
            this.policy = settings.policy();
            return this;
        }

        public Builder env(Map<String, String> env) {
            this.env = env;
            return this;
        }

        /** A database already open (and migrated); the application leaves closing it to the caller. */
        public Builder database(Database db) {
            this.db = db;
            return this;
        }

        /** Where the application opens its own database, which it closes on {@link Application#close}. */
        public Builder database(DatabaseSettings settings) {
            this.database = settings;
            return this;
        }

        /** A registry already loaded, used instead of reading the registry directory. */
        public Builder registry(Registry registry) {
            this.registry = registry;
            return this;
        }

        /** A compiled rule pack, so that tests compile the shipped one once. */
        public Builder rules(RuleBase rules) {
            this.rules = rules;
            return this;
        }

        /** The directory of the digest's templates. */
        public Builder templates(Path directory) {
            this.templates = directory;
            return this;
        }

        public Builder routes(List<Route> routes) {
            this.routes = routes;
            return this;
        }

        public Builder mail(MailSettings mail) {
            this.mail = mail;
            return this;
        }

        public Builder delivery(DeliverySettings delivery) {
            this.delivery = delivery;
            return this;
        }

        public Builder repeat(RepeatPolicy repeat) {
            this.repeat = repeat;
            return this;
        }

        public Builder policy(Policy policy) {
            this.policy = policy;
            return this;
        }

        /** The links digests carry, instead of the console's signed ones from {@code web:} and the environment. */
        public Builder actionLinks(ActionLinks links) {
            this.actionLinks = links;
            return this;
        }

        /** The transport delivery sends through, instead of the one {@code mail:} configures. */
        public Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        /** Opens the database unless one was given, and returns the application. */
        public Application build() {
            return new Application(this);
        }

        private Settings settings() {
            return new Settings(base.registry(), base.rules(), policy, database != null ? database : base.database(),
                    repeat, templates != null ? templates : base.templates(), mail != null ? mail : base.mail(),
                    delivery != null ? delivery : base.delivery(), routes != null ? routes : base.routes(),
                    base.daemon(), base.web());
        }
    }
}
