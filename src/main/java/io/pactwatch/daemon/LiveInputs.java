package io.pactwatch.daemon;

import io.pactwatch.config.Settings;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.notify.Templates;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryCache;
import io.pactwatch.rules.RuleBase;
import io.pactwatch.rules.RuleCompiler;
import io.pactwatch.rules.RuleFailedException;
import io.pactwatch.rules.SmokeTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry, rule pack and digest templates the daemon works with, reloaded when their files change. A candidate replaces
 * the live version only when the registry validates, the rules compile, and the rules pass a smoke run; otherwise
 * the last good version keeps running and the failure is kept for /health (docs/operations.md).
 *
 * <p>A reload rebuilds only the inputs whose directory changed, and of the registry only the files whose content
 * changed (docs/benchmarks.md): an edited registry file does not recompile the rules, an edited rule does not touch the
 * registry. An input whose reload was rejected stays due until a reload of it succeeds, so a later edit elsewhere
 * cannot hide that its files are still broken.
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

    /** The inputs that reload independently, each from its own directory. */
    enum Input {
        REGISTRY(Settings::registry), RULES(Settings::rules), TEMPLATES(Settings::templates);

        private final Function<Settings, Path> directory;

        Input(Function<Settings, Path> directory) {
            this.directory = directory;
        }

        boolean isIn(Collection<Path> directories, Settings settings) {
            Path mine = directory.apply(settings).toAbsolutePath().normalize();
            return directories.stream().anyMatch(dir -> dir.toAbsolutePath().normalize().equals(mine));
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final AtomicReference<Snapshot> live = new AtomicReference<>();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final Listener listener;
    private final RegistryCache registryFiles = new RegistryCache();
    /** Inputs changed since the live snapshot was built; guarded by {@code this}. */
    private final Set<Input> due = EnumSet.noneOf(Input.class);

    private LiveInputs(Settings settings, Clock clock, Listener listener) {
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
    }

    /** Loads the first version. @throws InvalidInputException when it is invalid: the daemon does not start */
    public static LiveInputs load(Settings settings, Clock clock, Listener listener) {
        LiveInputs inputs = new LiveInputs(settings, clock, listener);
        inputs.live.set(inputs.build(null, EnumSet.allOf(Input.class)));
        return inputs;
    }

    public Snapshot current() {
        return live.get();
    }

    /** The problems of the last rejected reload, until a reload succeeds. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /** How many registry files were parsed since the start (a file whose content did not change is not). */
    public long registryFilesParsed() {
        return registryFiles.filesParsed();
    }

    /**
     * Rebuilds every input from the files as they are now (of the registry, the files that changed); swaps the
     * result in when it is good. @return whether it was
     */
    public boolean reload() {
        return reload(EnumSet.allOf(Input.class));
    }

    /**
     * Rebuilds the inputs that live in {@code directories} (those the file watcher saw change), keeping the others
     * as they are. @return whether the result was good and is now live
     */
    public boolean reloadChanged(Collection<Path> directories) {
        Set<Input> changed = EnumSet.noneOf(Input.class);
        for (Input input : Input.values()) {
            if (input.isIn(directories, settings)) {
                changed.add(input);
            }
        }
        return reload(changed);
    }

    private synchronized boolean reload(Set<Input> changed) {
        due.addAll(changed);
        if (due.isEmpty()) {
            return true;
        }
        try {
            long parsedBefore = registryFiles.filesParsed();
            Snapshot candidate = build(live.get(), due);
            live.set(candidate);
            lastFailure.set(null);
            LOG.info("reloaded {}: {} commitments, rules from {} (registry files parsed: {})", names(due),
                    candidate.registry().commitments().size(), settings.rules(),
                    registryFiles.filesParsed() - parsedBefore);
            due.clear();
            listener.reloaded(candidate);
            return true;
        } catch (InvalidInputException | RuleFailedException e) {
            return rejected(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // Not a problem of the files that we know how to word: still a rejected reload, never a dead watcher.
            LOG.error("reload failed", e);
            return rejected("the reload failed: " + e);
        }
    }

    private boolean rejected(String problems) {
        lastFailure.set(problems);
        LOG.error("reload rejected, the previous version keeps running:\n{}", problems);
        listener.rejected(problems);
        return false;
    }

    /** A snapshot with {@code inputs} read anew and the rest taken from {@code last} (null: nothing yet). */
    private Snapshot build(Snapshot last, Set<Input> inputs) {
        Registry registry = last == null || inputs.contains(Input.REGISTRY)
                ? registryFiles.load(settings.registry()) : last.registry();
        RuleBase rules = last == null || inputs.contains(Input.RULES) ? compileRules() : last.rules();
        Templates templates = last == null || inputs.contains(Input.TEMPLATES)
                ? Templates.load(settings.templates()) : last.templates();
        return new Snapshot(registry, rules, templates, clock.instant());
    }

    private RuleBase compileRules() {
        RuleBase rules = RuleCompiler.compile(settings.rules());
        SmokeTest.run(rules);
        return rules;
    }

    private static String names(Set<Input> inputs) {
        return inputs.stream().map(i -> i.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
