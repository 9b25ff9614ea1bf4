package io.pactwatch.daemon;

import io.pactwatch.config.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Hot reload on real files: a bad edit keeps the last good version; a good edit replaces it. */
class LiveInputsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private Path rules;
    private Path registry;
    private final List<String> rejections = new CopyOnWriteArrayList<>();
    private final AtomicInteger reloads = new AtomicInteger();
    private LiveInputs inputs;

    @BeforeEach
    void copyTheShippedInputs() throws IOException {
        rules = Inputs.copy(Path.of("rules"), home.resolve("rules"));
        registry = Inputs.copy(Path.of("commitments"), home.resolve("commitments"));
        Inputs.copy(Path.of("config/templates"), home.resolve("config/templates"));
        inputs = LiveInputs.load(Settings.defaults(home).withRegistry(registry).withRules(rules), Clock.systemUTC(),
                new LiveInputs.Listener() {
                    @Override
                    public void reloaded(LiveInputs.Snapshot snapshot) {
                        reloads.incrementAndGet();
                    }

                    @Override
                    public void rejected(String problems) {
                        rejections.add(problems);
                    }
                });
    }

    @Test
    void aBrokenRuleEditIsRejectedAndTheOldRulesKeepRunning() throws IOException {
        LiveInputs.Snapshot before = inputs.current();
        Files.writeString(rules.resolve("gaps.drl"), "package pactwatch;\nrule \"broken\" when Nothing( then end\n");

        assertThat(inputs.reload()).isFalse();

        assertThat(inputs.current()).isSameAs(before);
        assertThat(inputs.lastFailure()).get().asString().contains(rules.resolve("gaps.drl") + ":2");
        assertThat(rejections).hasSize(1);
    }

    @Test
    void fixingTheEditLoadsTheNewVersionAndClearsTheFailure() throws IOException {
        Files.writeString(rules.resolve("gaps.drl"), "package pactwatch;\nrule \"broken\" when Nothing( then end\n");
        inputs.reload();
        Files.copy(Path.of("rules/gaps.drl"), rules.resolve("gaps.drl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(registry.resolve("new.yaml"), """
                commitments:
                  - {id: added-later, title: Added, kind: event, parties: [Russia], due: 2030, announced: 2026-01-01}
                """);

        assertThat(inputs.reload()).isTrue();

        assertThat(inputs.lastFailure()).isEmpty();
        assertThat(inputs.current().registry().commitment("added-later")).isPresent();
        assertThat(reloads).hasValue(1);
    }

    @Test
    void anInvalidRegistryEditIsRejectedWhole() throws IOException {
        int before = inputs.current().registry().commitments().size();
        Files.writeString(registry.resolve("bad.yaml"), "commitments:\n  - {id: x, kind: event}\n");

        assertThat(inputs.reload()).isFalse();

        assertThat(inputs.current().registry().commitments()).hasSize(before);
        assertThat(inputs.lastFailure()).get().asString().contains("bad.yaml:2: missing required key \"title\"");
    }

    @Test
    void anEditedRegistryFileIsTheOnlyFileParsedAgainAndTheRulesAreNotRecompiled() throws IOException {
        LiveInputs.Snapshot before = inputs.current();
        long parsed = inputs.registryFilesParsed();
        Path edited = firstRegistryFile();
        try (InputWatcher watcher = watching()) {
            watcher.start();
            Files.writeString(edited, Files.readString(edited).replaceFirst("    title: ", "    title: Edited "));

            await().atMost(BOUND).untilAtomic(reloads, org.hamcrest.Matchers.equalTo(1));
        }

        assertThat(inputs.registryFilesParsed()).isEqualTo(parsed + 1);
        assertThat(inputs.current().registry().commitments()).extracting(c -> c.title())
                .anyMatch(title -> title.startsWith("Edited "));
        assertThat(inputs.current().rules()).isSameAs(before.rules());
        assertThat(inputs.current().templates()).isSameAs(before.templates());
    }

    @Test
    void aRuleEditRecompilesTheRulesWithoutReadingTheRegistry() throws IOException {
        LiveInputs.Snapshot before = inputs.current();
        long parsed = inputs.registryFilesParsed();
        try (InputWatcher watcher = watching()) {
            watcher.start();
            Files.writeString(rules.resolve("gaps.drl"), Files.readString(rules.resolve("gaps.drl")) + "\n// edited\n");

            await().atMost(BOUND).untilAtomic(reloads, org.hamcrest.Matchers.equalTo(1));
        }

        assertThat(inputs.current().rules()).isNotSameAs(before.rules());
        assertThat(inputs.current().registry()).isSameAs(before.registry());
        assertThat(inputs.registryFilesParsed()).isEqualTo(parsed);
    }

    @Test
    void aRejectedRegistryEditIsStillRejectedWhenOnlyTheRulesChangeAfterIt() throws IOException {
        Files.writeString(registry.resolve("bad.yaml"), "commitments:\n  - {id: x, kind: event}\n");
        assertThat(inputs.reloadChanged(List.of(registry))).isFalse();

        Files.writeString(rules.resolve("gaps.drl"), Files.readString(rules.resolve("gaps.drl")) + "\n// edited\n");

        assertThat(inputs.reloadChanged(List.of(rules))).isFalse();
        assertThat(inputs.lastFailure()).get().asString().contains("bad.yaml:2: missing required key \"title\"");
        Files.delete(registry.resolve("bad.yaml"));
        assertThat(inputs.reloadChanged(List.of(rules))).isTrue();
        assertThat(inputs.lastFailure()).isEmpty();
    }

    @Test
    void theWatcherReloadsOnceAfterABurstOfEdits() throws IOException {
        AtomicInteger changes = new AtomicInteger();
        try (InputWatcher watcher = new InputWatcher(List.of(rules, registry), Duration.ofMillis(300), changes::incrementAndGet)) {
            watcher.start();
            for (int i = 0; i < 5; i++) {
                Files.writeString(registry.resolve("burst.yaml"), "# edit " + i + "\n");
            }

            await().atMost(Duration.ofSeconds(10)).untilAtomic(changes, org.hamcrest.Matchers.greaterThanOrEqualTo(1));
            assertThat(changes.get()).isEqualTo(1);
        }
    }

    private InputWatcher watching() {
        return new InputWatcher(List.of(rules, registry, home.resolve("config/templates")), Duration.ofMillis(300),
                inputs::reloadChanged);
    }

    private Path firstRegistryFile() throws IOException {
        try (var files = Files.list(registry)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
        }
    }
}
