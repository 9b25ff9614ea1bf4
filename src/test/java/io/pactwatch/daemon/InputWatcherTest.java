package io.pactwatch.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InputWatcherTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Duration QUICK = Duration.ofMillis(100);

    @TempDir
    Path home;

    @Test
    void aDirectoryRemovedAndRecreatedIsWatchedAgainAndReportedWhileItIsGone() throws IOException {
        Path registry = Files.createDirectories(home.resolve("registry"));
        List<Set<Path>> changes = new CopyOnWriteArrayList<>();
        try (InputWatcher watcher = new InputWatcher(List.of(registry), QUICK, QUICK, changes::add)) {
            watcher.start();

            Files.delete(registry);
            await().atMost(BOUND).until(() -> watcher.problem().isPresent());
            assertThat(watcher.problem()).get().asString().contains("not watching " + registry);

            Files.createDirectories(registry);
            await().atMost(BOUND).until(() -> watcher.problem().isEmpty());
            int before = changes.size();
            Files.writeString(registry.resolve("new.yaml"), "# written into the new directory\n");

            await().atMost(BOUND).until(() -> changes.size() > before);
            assertThat(changes.get(changes.size() - 1)).containsExactly(registry.toAbsolutePath().normalize());
        }
    }

    @Test
    void anotherDirectoryMovedInPlaceOfTheWatchedOneIsWatchedInsteadOfTheOneMovedAway() throws IOException {
        Path registry = Files.createDirectories(home.resolve("registry"));
        Path replacement = Files.createDirectories(home.resolve("replacement"));
        List<Set<Path>> changes = new CopyOnWriteArrayList<>();
        try (InputWatcher watcher = new InputWatcher(List.of(registry), QUICK, QUICK, changes::add)) {
            watcher.start();

            Path old = Files.move(registry, home.resolve("old"));
            Files.move(replacement, registry);
            await().atMost(BOUND).until(() -> !changes.isEmpty());
            int before = changes.size();
            Files.writeString(old.resolve("ignored.yaml"), "# not the registry any more\n");
            Files.writeString(registry.resolve("seen.yaml"), "# the registry now\n");

            await().atMost(BOUND).until(() -> changes.size() > before);
            assertThat(watcher.problem()).isEmpty();
        }
    }

    @Test
    void aCallbackThatThrowsEvenAnErrorLeavesTheWatcherRunningAndIsReportedUntilOneSucceeds() throws IOException {
        Path registry = Files.createDirectories(home.resolve("registry"));
        AtomicInteger calls = new AtomicInteger();
        try (InputWatcher watcher = new InputWatcher(List.of(registry), QUICK, QUICK, changed -> {
            if (calls.incrementAndGet() == 1) {
                throw new StackOverflowError();
            }
        })) {
            watcher.start();

            Files.writeString(registry.resolve("a.yaml"), "# first edit\n");
            await().atMost(BOUND).until(() -> watcher.problem().isPresent());
            assertThat(watcher.problem()).get().asString().contains("StackOverflowError");

            Files.writeString(registry.resolve("a.yaml"), "# second edit\n");
            await().atMost(BOUND).until(() -> calls.get() == 2 && watcher.problem().isEmpty());
        }
    }
}
