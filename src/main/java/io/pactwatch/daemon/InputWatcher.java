package io.pactwatch.daemon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the rule, registry and template directories and calls back once the files have been quiet for the
 * debounce period: an editor's save (write, rename, delete of a backup) is one reload, not three. The callback is
 * told which of the directories changed, so that only their inputs are reloaded (issue 6).
 */
public final class InputWatcher implements AutoCloseable {

    /** How long files must stay unchanged before a reload. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(InputWatcher.class);

    private final WatchService watcher;
    private final Thread thread;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;

    public InputWatcher(List<Path> directories, Duration debounce, Runnable onChange) {
        this(directories, debounce, changed -> onChange.run());
    }

    /** @param onChange given the watched directories in which something changed during the burst */
    public InputWatcher(List<Path> directories, Duration debounce, Consumer<Set<Path>> onChange) {
        this.debounce = debounce;
        this.onChange = onChange;
        try {
            watcher = FileSystems.getDefault().newWatchService();
            for (Path dir : directories) {
                if (Files.isDirectory(dir)) {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + directories, e);
        }
        thread = new Thread(this::run, "pactwatch-input-watcher");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                drain(watcher.take(), changed);
                // Debounce: wait until a whole period passes with no further event.
                for (WatchKey next = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS); next != null;
                     next = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) {
                    drain(next, changed);
                }
                onChange.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the file watcher stopped; edits are no longer picked up until a restart", e);
        }
    }

    /** Even an OVERFLOW event (events were lost) names its directory: that directory is reloaded whole. */
    private static void drain(WatchKey key, Set<Path> changed) {
        key.pollEvents();
        changed.add((Path) key.watchable());
        key.reset();
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.warn("closing the file watcher: {}", e.getMessage());
        }
    }
}
