package io.pactwatch.cli;

import io.pactwatch.bench.BenchSmtp;
import io.pactwatch.bench.BenchmarkReport;
import io.pactwatch.bench.BenchmarkRunner;
import io.pactwatch.bench.DeliveryBenchmark;
import io.pactwatch.bench.PassBenchmark;
import io.pactwatch.bench.WebBenchmark;
import io.pactwatch.config.Settings;
import io.pactwatch.rules.RuleCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code pactwatch bench run}: the benchmark harness (docs/benchmarks.md), in the bench build only. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Measure load, evaluation (Drools and plain Java), heap, compile time and email delivery"
                + " throughput; write Markdown.")
final class BenchRunCommand extends Subcommand {

    @Option(names = "--sizes", split = ",", paramLabel = "N,...", defaultValue = "1000,10000,100000,1000000",
            description = "Registry sizes (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--warmups", defaultValue = "3", description = "Warm-up runs per size (default: ${DEFAULT-VALUE}).")
    private int warmups;

    @Option(names = "--iterations", defaultValue = "5", description = "Measured runs per size (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--messages", paramLabel = "N", defaultValue = "" + DeliveryBenchmark.DEFAULT_MESSAGES,
            description = "Digests to deliver for the throughput figures (default: ${DEFAULT-VALUE}).")
    private int messages;

    @Option(names = "--pass-sizes", split = ",", paramLabel = "N,...", defaultValue = "1000,10000,100000",
            description = "Registry sizes for the whole notifying pass (default: ${DEFAULT-VALUE}).")
    private List<Integer> passSizes;

    @Option(names = "--smtp", paramLabel = "HOST:PORT",
            description = "Deliver to this plain-text SMTP server (default: a GreenMail started on 127.0.0.1).")
    private String smtp;

    @Option(names = "--web-commitments", paramLabel = "N", defaultValue = "" + WebBenchmark.DEFAULT_COMMITMENTS,
            description = "Registry size for the web console's figures; 0 skips them (default: ${DEFAULT-VALUE}).")
    private int webCommitments;

    @Option(names = "--web-requests", paramLabel = "N", defaultValue = "" + WebBenchmark.DEFAULT_REQUESTS,
            description = "Requests in a row per web endpoint (default: ${DEFAULT-VALUE}).")
    private int webRequests;

    @Option(names = "--work", paramLabel = "DIR", description = "Where to generate registries (default: var/bench).")
    private Path work;

    @Option(names = "--out", paramLabel = "FILE", description = "Also append the Markdown to this file.")
    private Path report;

    @Override
    public Integer call() throws IOException {
        atLeast(1, messages, "--messages");
        atLeast(1, iterations, "--iterations");
        atLeast(0, warmups, "--warmups");
        for (int size : sizes) {
            atLeast(1, size, "each of --sizes");
        }
        for (int size : passSizes) {
            atLeast(1, size, "each of --pass-sizes");
        }
        Settings settings = settings();
        Path dir = work != null ? work : main().home().resolve("var/bench");
        try (BenchSmtp server = smtpServer(); BenchSmtp sink = BenchSmtp.sink()) {
            BenchmarkRunner runner = new BenchmarkRunner(settings.rules(), dir, warmups, iterations);
            BenchmarkRunner.CompileResult compile = runner.compile();
            List<BenchmarkRunner.SizeResult> results = new ArrayList<>();
            for (int size : sizes) {
                results.add(runner.measure(size));
                err().printf("measured %,d commitments%n", size);
            }
            PassBenchmark pass = new PassBenchmark(RuleCompiler.compile(settings.rules()), settings.templates(), dir);
            if (warmups > 0) {
                pass.measure(passSizes.stream().min(Integer::compare).orElseThrow());
            }
            List<PassBenchmark.Result> passes = new ArrayList<>();
            for (int size : passSizes) {
                passes.add(pass.measure(size));
                err().printf("measured the notifying pass at %,d commitments%n", size);
            }
            DeliveryBenchmark delivery = new DeliveryBenchmark(settings.rules(), settings.templates(), dir,
                    warmups > 0);
            List<DeliveryBenchmark.Result> deliveries = new ArrayList<>();
            for (BenchSmtp to : List.of(server, sink)) {
                deliveries.add(delivery.measure(messages, to));
                err().printf("measured delivery of %,d messages to %s%n", messages, to.describe());
            }
            String markdown = BenchmarkReport.markdown(main().today(), compile, results, passes, deliveries,
                    warmups, iterations);
            if (webCommitments > 0) {
                markdown += webFigures(settings, dir);
            }
            write(markdown);
        }
        return Main.OK;
    }

    private String webFigures(Settings settings, Path dir) throws IOException {
        atLeast(1, webRequests, "--web-requests");
        try {
            WebBenchmark.Result web = new WebBenchmark(settings.rules(), settings.templates(), dir)
                    .measure(webCommitments, webRequests);
            err().printf("measured the web console at %,d commitments%n", webCommitments);
            return web.markdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private void write(String markdown) throws IOException {
        out().print(markdown);
        if (report != null) {
            Files.writeString(report, "\n" + markdown, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private void atLeast(int minimum, int value, String option) {
        if (value < minimum) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + minimum + ", not "
                    + value);
        }
    }

    private BenchSmtp smtpServer() {
        if (smtp == null) {
            return BenchSmtp.local();
        }
        try {
            return BenchSmtp.at(smtp);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
