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
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Watches the rule, registry and template directories and calls back once the files have been quiet for the
 * debounce period: an editor's save (write, rename, delete of a backup) is one reload, not three. The callback is
 * told which of the directories changed, so that only their inputs are reloaded.
 *
 * <p>A directory can go away under the watcher: removed and recreated, moved, or behind a share that was
 * unmounted. The JDK's watch key of a removed directory dies without a word, and the key of a moved one keeps
 * following the directory to its new place. So every {@link #DEFAULT_CHECK_PERIOD} the watcher looks at each
 * path again and re-registers it when it is a different directory than the one watched (recreated, or another
 * one moved in), reporting a reload of it; while a path is not a directory, {@link #problem()} says so and the
 * daemon's /health is failing. Nothing a callback throws stops the watcher: the failure is logged and kept for
 * /health until the next callback succeeds.
 */
public final class InputWatcher implements AutoCloseable {

    /** How long files must stay unchanged before a reload. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);
    /** How often each watched path is checked for being the directory that is watched. */
    public static final Duration DEFAULT_CHECK_PERIOD = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(InputWatcher.class);

    private final WatchService watcher;
    private final Thread thread;
    private final Duration debounce;
    private final Duration checkPeriod;
    private final Consumer<Set<Path>> onChange;
    /** Each path watched, and the directory (file key) and key it is watched by; null while it is not a directory. */
    private final Map<Path, Watched> watched = new LinkedHashMap<>();
    private final AtomicReference<String> callbackFailure = new AtomicReference<>();
    private final AtomicReference<String> missing = new AtomicReference<>();
    private volatile String stopped;

    private record Watched(Object directory, WatchKey key) {
    }

    public InputWatcher(List<Path> directories, Duration debounce, Runnable onChange) {
        this(directories, debounce, changed -> onChange.run());
    }

    /** @param onChange given the watched directories in which something changed during the burst */
    public InputWatcher(List<Path> directories, Duration debounce, Consumer<Set<Path>> onChange) {
        this(directories, debounce, DEFAULT_CHECK_PERIOD, onChange);
    }

    InputWatcher(List<Path> directories, Duration debounce, Duration checkPeriod, Consumer<Set<Path>> onChange) {
        this.debounce = debounce;
        this.checkPeriod = checkPeriod;
        this.onChange = onChange;
        try {
            watcher = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + directories, e);
        }
        directories.forEach(dir -> watched.put(dir.toAbsolutePath().normalize(), null));
        resync(new LinkedHashSet<>());
        thread = new Thread(this::run, "pactwatch-input-watcher");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /**
     * What keeps edits from being picked up, if anything: a watched directory that is not there, the watcher
     * having stopped, or the last reload having thrown.
     */
    public Optional<String> problem() {
        return Optional.ofNullable(stopped).or(() -> Optional.ofNullable(missing.get()))
                .or(() -> Optional.ofNullable(callbackFailure.get()));
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey first = watcher.poll(checkPeriod.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    drain(first, changed);
                    // Debounce: wait until a whole period passes with no further event.
                    for (WatchKey next = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS); next != null;
                         next = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) {
                        drain(next, changed);
                    }
                }
                resync(changed);
                if (!changed.isEmpty()) {
                    call(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // Only the watch service itself failing gets here; callbacks are guarded in call().
            stopped = "the file watcher stopped (" + e + "); edits are no longer picked up until a restart";
            LOG.error(stopped, e);
        }
    }

    /** Runs the callback; whatever it throws is kept for /health and the watcher goes on with the next edit. */
    private void call(Set<Path> changed) {
        try {
            onChange.accept(changed);
            callbackFailure.set(null);
        } catch (RuntimeException | StackOverflowError e) {
            callbackFailure.set("reloading " + changed + " failed: " + e);
            LOG.error("reloading {} failed; the watcher goes on and tries again at the next edit", changed, e);
        }
    }

    /**
     * Registers each path that is a directory other than the one it is watched by (first time, recreated, moved
     * in), adding it to {@code changed}; drops the watch of a path that is no longer a directory.
     */
    private synchronized void resync(Set<Path> changed) {
        for (Map.Entry<Path, Watched> entry : watched.entrySet()) {
            Path dir = entry.getKey();
            Watched now = entry.getValue();
            Object directory = directoryKey(dir);
            if (now != null && (directory == null || !directory.equals(now.directory()) || !now.key().isValid())) {
                now.key().cancel();
                entry.setValue(null);
                changed.add(dir);
                LOG.warn("{} is no longer the directory that was watched (removed, moved or unmounted)", dir);
            }
            if (entry.getValue() == null && directory != null) {
                try {
                    entry.setValue(new Watched(directory, dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE)));
                    if (now != null || missing.get() != null) {
                        changed.add(dir);
                        LOG.info("watching {} again", dir);
                    }
                } catch (IOException e) {
                    LOG.warn("cannot watch {}: {}", dir, e.getMessage());
                }
            }
        }
        String gone = watched.entrySet().stream().filter(e -> e.getValue() == null).map(e -> e.getKey().toString())
                .collect(Collectors.joining(", "));
        missing.set(gone.isEmpty() ? null : "not watching " + gone + ": not a directory (removed, moved or"
                + " unmounted); edits are picked up again once it is back");
    }

    /** The directory's identity (inode and device where the file system has them), or null when it is none. */
    private static Object directoryKey(Path dir) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class);
            return attributes.isDirectory() ? Objects.requireNonNullElse(attributes.fileKey(), dir) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Even an OVERFLOW event (events were lost) names its directory: that directory is reloaded whole. */
    private void drain(WatchKey key, Set<Path> changed) {
        key.pollEvents();
        synchronized (this) {
            watched.forEach((dir, w) -> {
                if (w != null && w.key().equals(key)) {
                    changed.add(dir);
                }
            });
        }
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
