package io.pactwatch.bench;

import io.pactwatch.notify.DeliverySettings;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown of docs/benchmarks.md: the machine, the JVM, the date, one row per registry size, and the email
 * delivery throughput.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static String markdown(LocalDate date, BenchmarkRunner.CompileResult compile,
                                  List<BenchmarkRunner.SizeResult> sizes, List<PassBenchmark.Result> passes,
                                  List<DeliveryBenchmark.Result> deliveries,
                                  int warmups, int iterations) {
        StringBuilder md = new StringBuilder();
        md.append("## Measured ").append(date).append("\n\n")
                .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(gib(totalMemory())).append(" GiB of memory; ").append(System.getProperty("os.name"))
                .append(' ').append(System.getProperty("os.arch")).append('\n')
                .append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(gib(Runtime.getRuntime().maxMemory())).append(" GiB, flags `")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments())).append("`\n")
                .append("- method: generated registries (`bench generate`, seed ").append(BenchmarkRunner.SEED)
                .append("), evaluated as of ").append(BenchmarkRunner.AS_OF).append("; each evaluation time is the median of ")
                .append(runs(iterations, "")).append(" after ").append(runs(warmups, "warm-up "))
                .append(" of each evaluator; delivery is one pass")
                .append(warmups > 0 ? " after a warm-up pass of a fifth as many messages" : "").append('\n')
                .append(String.format(Locale.ROOT, "- shipped pack compile: %.2f s cold (first in the JVM), %.2f s warm (median)%n%n",
                        compile.cold(), compile.warm()))
                .append("| commitments | progress entries | alerts | load YAML (s) | load JSON Lines (s) | evaluate, Drools (s) | evaluate, plain Java (s) | Drools / plain | load + first evaluation (s) | peak live heap of an evaluation per commitment |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchmarkRunner.SizeResult s : sizes) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.2f | %.2f | %.3f | %.3f | %.1f× | %.2f | %,.0f B |%n",
                    s.commitments(), s.progress(), s.alerts(), s.load(), s.loadJsonLines(), s.drools(), s.plain(), s.ratio(),
                    s.endToEnd(), s.heapPerCommitment()));
        }
        md.append('\n').append(passes(passes)).append('\n');
        deliveries.forEach(d -> md.append(delivery(d)).append('\n'));
        return md.toString();
    }

    private static String passes(List<PassBenchmark.Result> passes) {
        StringBuilder md = new StringBuilder("The whole notifying pass (evaluate, ledger, route, compose, enqueue; one"
                + " transaction of a new H2 file database; routes: " + PassBenchmark.DESKS.size() + " desks by party"
                + " with `continue`, and a default route), then the next day's pass on the same database:\n\n"
                + "| commitments | alerts | notices | digests | enqueued (MB) | first day (s) | next day: notices |"
                + " next day (s) | peak live heap of the first pass |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (PassBenchmark.Result p : passes) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %.1f | %.2f | %,d | %.2f | %,.0f MB |%n",
                    p.commitments(), p.alerts(), p.notices(), p.digests(), p.bytes() / 1e6, p.firstDay(),
                    p.nextDayNotices(), p.nextDay(), p.peakHeapBytes() / 1e6));
        }
        return md.toString();
    }

    private static String delivery(DeliveryBenchmark.Result d) {
        return String.format(Locale.ROOT, "Email delivery to %s: %,d digests (one per recipient) of %d alerts each,"
                        + " %,d bytes on average; the notifying pass that composed and enqueued them took %.2f s.%n%n",
                d.server(), d.messages(), d.alertsPerDigest(), d.averageBytes(), d.enqueue())
                + "| delivery | messages | time (s) | messages/s |\n"
                + "|---|---:|---:|---:|\n"
                + String.format(Locale.ROOT, "| through the outbox: H2, claims of %d, one SMTP connection per claim,"
                                + " %d at once (what `evaluate --notify` does) | %,d | %.2f | %.1f |%n",
                        DeliverySettings.DEFAULT_BATCH_SIZE, DeliverySettings.DEFAULT_CONNECTIONS, d.messages(),
                        d.outbox(), d.outboxPerSecond())
                + String.format(Locale.ROOT, "| the transport alone: every message over one SMTP connection, no"
                        + " database | %,d | %.2f | %.1f |%n", d.messages(), d.oneConnection(), d.oneConnectionPerSecond())
                + String.format(Locale.ROOT, "| baseline: a bare SMTP client (`BareSmtpClient`), one connection, no"
                        + " pipelining | %,d | %.2f | %.1f |%n", d.messages(), d.bare(), d.barePerSecond())
                + String.format(Locale.ROOT, "| a new SMTP connection per message | %,d | %.2f | %.1f |%n",
                        d.messages(), d.perConnection(), d.perConnectionPerSecond());
    }

    private static String runs(int count, String kind) {
        return count + " " + kind + (count == 1 ? "run" : "runs");
    }

    private static long totalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024 * 1024));
    }
}
