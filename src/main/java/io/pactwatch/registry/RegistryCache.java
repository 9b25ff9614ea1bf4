package io.pactwatch.registry;

import io.pactwatch.model.InvalidInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads a registry again and again (the daemon's hot reload), parsing only the files whose content changed since
 * the last load, or that were added; files that were removed are forgotten. The result is exactly what
 * {@link RegistryLoader#load(List)} gives for the files as they are now: the checks across files run on the whole,
 * and any problem rejects the whole registry (docs/benchmarks.md).
 *
 * <p>A file counts as changed when its bytes do, compared by SHA-256, not by size and modification time: some file
 * systems keep the time to the second or two, so an edit of the same length in the same second would be missed, and
 * copies that keep times ({@code cp -p}, {@code rsync -t}, unpacking an archive) can put back an older time.
 * Reading and hashing an unchanged file is a small part of parsing it.
 */
public final class RegistryCache {

    /** A file's parsed contents, valid while its bytes hash to {@code sha256}. */
    private record Parsed(byte[] sha256, FileRead read) {
    }

    private final Map<Path, Parsed> byFile = new ConcurrentHashMap<>();
    private final AtomicLong filesParsed = new AtomicLong();

    /**
     * @param paths registry files, or directories of them, as for {@link RegistryLoader#load(List)}
     * @throws InvalidInputException listing every problem found; the files parsed are kept all the same, so that
     *                               fixing one file re-reads that file only
     */
    public synchronized Registry load(List<Path> paths) {
        Set<Path> present = ConcurrentHashMap.newKeySet();
        // Per load, so that values no file uses any more are not kept for the life of the daemon.
        Canonical shared = new Canonical();
        try {
            return RegistryLoader.load(paths, file -> {
                present.add(file);
                return read(file, shared);
            });
        } finally {
            byFile.keySet().retainAll(present);
        }
    }

    public Registry load(Path path) {
        return load(List.of(path));
    }

    /** How many times a file was parsed (not just hashed) since this cache was made. */
    public long filesParsed() {
        return filesParsed.get();
    }

    private FileRead read(Path file, Canonical shared) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            byFile.remove(file);
            filesParsed.incrementAndGet();
            return FileRead.of(file, shared); // reports why it cannot be read
        }
        byte[] sha256 = sha256(content);
        Parsed known = byFile.get(file);
        if (known != null && Arrays.equals(known.sha256(), sha256)) {
            return known.read();
        }
        filesParsed.incrementAndGet();
        FileRead read = FileRead.of(file, content, shared);
        byFile.put(file, new Parsed(sha256, read));
        return read;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
