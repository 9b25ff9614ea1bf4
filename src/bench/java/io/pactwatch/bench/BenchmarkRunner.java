package io.pactwatch.bench;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Policy;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.rules.RuleCompiler;
import io.pactwatch.synthetic.RegistryFormat;
import io.pactwatch.synthetic.RegistryGenerator;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code bench run}: measures, for each registry size, loading from YAML, evaluating with the shipped pack and
 * with the plain-Java lower bound, and the peak heap an evaluation needs; and the pack's compile time. Each
 * timed figure is the median of several runs after warm-up runs.
 */
public final class BenchmarkRunner {

    /** The as-of date of every measured evaluation: generated registries announce from 2010 to 2024. */
    static final LocalDate AS_OF = LocalDate.of(2020, 6, 1);
    static final long SEED = 42;

    /** What one registry size measured. Times in seconds. */
    public record SizeResult(int commitments, long progress, int alerts, double load, double loadJsonLines,
                             double drools, double plain,
                             double endToEnd, long peakHeapBytes) {

        double ratio() {
            return drools / plain;
        }

        double heapPerCommitment() {
            return (double) peakHeapBytes / commitments;
        }
    }

    /** The pack's compile time: the first compile in the JVM, and the median of later ones. */
    public record CompileResult(double cold, double warm) {
    }

    private final Path rules;
    private final Path work;
    private final int warmups;
    private final int iterations;

    public BenchmarkRunner(Path rules, Path work, int warmups, int iterations) {
        this.rules = rules;
        this.work = work;
        this.warmups = warmups;
        this.iterations = iterations;
    }

    public CompileResult compile() {
        double cold = seconds(() -> RuleCompiler.compile(rules));
        return new CompileResult(cold, median(iterations, () -> RuleCompiler.compile(rules)));
    }

    public SizeResult measure(int commitments) throws IOException {
        Path dir = registry(work, commitments);
        long start = System.nanoTime();
        Registry registry = RegistryLoader.load(dir);
        double load = since(start);
        double loadJsonLines = loadTime(registry(work, commitments, RegistryFormat.JSONL), registry);
        Evaluator drools = new Evaluator(RuleCompiler.compile(rules), Policy.defaults());
        PlainEvaluator plain = new PlainEvaluator(Policy.defaults());
        double firstEvaluation = seconds(() -> drools.evaluate(registry, AS_OF));
        long peak = peakHeapOf(() -> drools.evaluate(registry, AS_OF));
        int alerts = drools.evaluate(registry, AS_OF).size();
        warmUp(() -> drools.evaluate(registry, AS_OF), () -> plain.evaluate(registry, AS_OF));
        return new SizeResult(commitments, registry.progress().size(), alerts, load, loadJsonLines,
                median(iterations, () -> drools.evaluate(registry, AS_OF)),
                median(iterations, () -> plain.evaluate(registry, AS_OF)),
                load + firstEvaluation, peak);
    }

    /** Seconds to load {@code dir}, which must hold the same registry as {@code expected} (in another format). */
    private static double loadTime(Path dir, Registry expected) {
        long start = System.nanoTime();
        Registry loaded = RegistryLoader.load(dir);
        double seconds = since(start);
        if (loaded.commitments().size() != expected.commitments().size()
                || loaded.progress().size() != expected.progress().size()) {
            throw new IllegalStateException(dir + " does not hold the same registry as its YAML twin: regenerate it"
                    + " (delete the directory)");
        }
        return seconds;
    }

    private void warmUp(Supplier<List<Alert>> first, Supplier<List<Alert>> second) {
        for (int i = 0; i < warmups; i++) {
            first.get();
            second.get();
        }
    }

    /** The memory pools of the heap (young and old generations), whatever the collector names them. */
    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    /**
     * The live heap at the peak of {@code action} beyond what was live before it: the largest heap left after
     * any garbage collection during the action, or after a full collection at its end while its result is still
     * held. Peak "used" heap would count garbage not yet collected, which with a large heap is most of it.
     */
    static long peakHeapOf(Supplier<?> action) {
        long before = heapAfterFullGc();
        AtomicLong peak = new AtomicLong(before);
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GcInfo gc = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                peak.accumulateAndGet(heapOf(gc.getMemoryUsageAfterGc()), Math::max);
            }
        };
        List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(NotificationEmitter.class::cast).toList();
        collectors.forEach(c -> c.addNotificationListener(listener, null, null));
        try {
            Object result = action.get();
            peak.accumulateAndGet(heapAfterFullGc(), Math::max);
            Reference.reachabilityFence(result); // the alerts an evaluation returns are part of its footprint
        } finally {
            for (NotificationEmitter c : collectors) {
                try {
                    c.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Math.max(0, peak.get() - before);
    }

    private static long heapAfterFullGc() {
        System.gc();
        return HEAP_POOLS.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** The heap in use as {@code pools} (usage by pool name, as a collection reports it) say. */
    private static long heapOf(Map<String, MemoryUsage> pools) {
        return HEAP_POOLS.stream().map(p -> pools.get(p.getName())).filter(Objects::nonNull)
                .mapToLong(MemoryUsage::getUsed).sum();
    }

    private static double median(int runs, Runnable action) {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = seconds(action);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    static double seconds(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return since(start);
    }

    /** Seconds since {@code start}, a {@link System#nanoTime()}. */
    static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The generated registry of {@code commitments} under {@code work}, generated on first use (seed {@link #SEED}). */
    static Path registry(Path work, int commitments) throws IOException {
        return registry(work, commitments, RegistryFormat.YAML);
    }

    /** The generated registry of that size and format under {@code work}, written on first use and kept. */
    static Path registry(Path work, int commitments, RegistryFormat format) throws IOException {
        String suffix = format == RegistryFormat.YAML ? "" : "-" + format.name().toLowerCase(Locale.ROOT);
        Path dir = work.resolve("registry-" + commitments + suffix);
        if (!Files.isDirectory(dir)) {
            new RegistryGenerator(SEED).write(commitments, dir, format);
        }
        return dir;
    }

    /** Deletes the generated registries. */
    public void clean() throws IOException {
        deleteTree(work);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                List<Path> all = new ArrayList<>(files.toList());
                all.sort(Comparator.reverseOrder());
                for (Path p : all) {
                    Files.delete(p);
                }
            }
        }
    }
}
