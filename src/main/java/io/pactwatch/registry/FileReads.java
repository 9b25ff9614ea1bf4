package io.pactwatch.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Reads registry files on a pool bounded by the available processors and hands the reads back in the files'
 * order, so that the result (entries, problems and their order) is exactly what reading them one after the other
 * gives. Parsing YAML is most of the time to load a large registry, and the files are independent (docs/benchmarks.md).
 */
final class FileReads {

    private static final ThreadFactory THREADS = task -> {
        Thread thread = new Thread(task, "pactwatch-registry-reader");
        thread.setDaemon(true);
        return thread;
    };

    private FileReads() {
    }

    static List<FileRead> inOrder(List<Path> files, Function<Path, FileRead> read) {
        int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            return files.stream().map(read).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, THREADS);
        try {
            List<Future<FileRead>> reads = files.stream().map(file -> pool.submit(() -> read.apply(file))).toList();
            List<FileRead> done = new ArrayList<>(reads.size());
            for (Future<FileRead> next : reads) {
                done.add(result(next));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileRead result(Future<FileRead> read) {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the registry", e);
        }
    }
}
