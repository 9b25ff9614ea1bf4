package io.pactwatch.daemon;

import io.pactwatch.config.Settings;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.notify.Templates;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.RuleBase;
import io.pactwatch.rules.RuleCompiler;
import io.pactwatch.rules.RuleFailedException;
import io.pactwatch.rules.SmokeTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The registry, rule pack and digest templates the daemon works with, reloaded when their files change. A candidate replaces
 * the live version only when the registry validates, the rules compile, and the rules pass a smoke run; otherwise
 * the last good version keeps running and the failure is kept for /health (issue 4).
 */
public final class LiveInputs {

    private static final Logger LOG = LoggerFactory.getLogger(LiveInputs.class);

    /** What an evaluation uses, as one consistent pair. */
    public record Snapshot(Registry registry, RuleBase rules, Templates templates, Instant loadedAt) {
    }

    /** Told about each reload attempt: the admin alert and the metrics listen. */
    public interface Listener {
        void reloaded(Snapshot snapshot);

        void rejected(String problems);
    }

    private final Settings settings;
    private final Clock clock;
    private final AtomicReference<Snapshot> live = new AtomicReference<>();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final Listener listener;

    private LiveInputs(Settings settings, Clock clock, Listener listener) {
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
    }

    /** Loads the first version. @throws InvalidInputException when it is invalid: the daemon does not start */
    public static LiveInputs load(Settings settings, Clock clock, Listener listener) {
        LiveInputs inputs = new LiveInputs(settings, clock, listener);
        inputs.live.set(inputs.build());
        return inputs;
    }

    public Snapshot current() {
        return live.get();
    }

    /** The problems of the last rejected reload, until a reload succeeds. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /** Builds a candidate from the files as they are now; swaps it in when it is good. @return whether it was */
    public boolean reload() {
        try {
            Snapshot candidate = build();
            live.set(candidate);
            lastFailure.set(null);
            LOG.info("reloaded: {} commitments, rules from {}", candidate.registry().commitments().size(),
                    settings.rules());
            listener.reloaded(candidate);
            return true;
        } catch (InvalidInputException | RuleFailedException e) {
            lastFailure.set(e.getMessage());
            LOG.error("reload rejected, the previous version keeps running:\n{}", e.getMessage());
            listener.rejected(e.getMessage());
            return false;
        }
    }

    private Snapshot build() {
        Registry registry = RegistryLoader.load(settings.registry());
        RuleBase rules = RuleCompiler.compile(settings.rules());
        SmokeTest.run(rules);
        return new Snapshot(registry, rules, Templates.load(settings.templates()), clock.instant());
    }
}
