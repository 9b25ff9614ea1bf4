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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches the rule, registry and template directories and calls back once the files have been quiet for the
 * debounce period: an editor's save (write, rename, delete of a backup) is one reload, not three.
 */
public final class InputWatcher implements AutoCloseable {

    /** How long files must stay unchanged before a reload. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(InputWatcher.class);

    private final WatchService watcher;
    private final Thread thread;
    private final Duration debounce;
    private final Runnable onChange;

    public InputWatcher(List<Path> directories, Duration debounce, Runnable onChange) {
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
                WatchKey key = watcher.take();
                drain(key);
                // Debounce: wait until a whole period passes with no further event.
                for (WatchKey next = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS); next != null;
                     next = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) {
                    drain(next);
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the file watcher stopped; edits are no longer picked up until a restart", e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
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
