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

    @TempDir
    Path home;

    private Path rules;
    private Path registry;
    private final List<String> rejections = new CopyOnWriteArrayList<>();
    private final AtomicInteger reloads = new AtomicInteger();
    private LiveInputs inputs;

    @BeforeEach
    void copyTheShippedInputs() throws IOException {
        rules = copy(Path.of("rules"), home.resolve("rules"));
        registry = copy(Path.of("commitments"), home.resolve("commitments"));
        copy(Path.of("config/templates"), home.resolve("config/templates"));
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

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
