package io.pactwatch.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.Reader;

/**
 * The bench build's entry point: the product's command line with {@code bench run} added under {@code bench}.
 * Only the {@code bench} Maven profile compiles it into a jar (target/bench/pactwatch.jar), so the product jar
 * carries neither the harness nor the SMTP servers it measures against (docs/architecture.md, "The product jar").
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        Main.launch(args, BenchMain::addRun);
    }

    /** Runs one command line of the bench build, as {@link Main#run(Reader, PrintWriter, PrintWriter, String...)}. */
    static int run(Main main, Reader in, PrintWriter out, PrintWriter err, String... args) {
        return main.run(in, out, err, BenchMain::addRun, args);
    }

    private static void addRun(CommandLine commandLine) {
        commandLine.getSubcommands().get("bench").addSubcommand(new BenchRunCommand());
    }
}
