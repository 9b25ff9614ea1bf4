package io.pactwatch.cli;

import io.pactwatch.model.Counted;
import io.pactwatch.synthetic.RegistryFormat;
import io.pactwatch.synthetic.RegistryGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code pactwatch bench generate}: synthetic registries, for trying Pactwatch at scale. The product jar carries
 * only this; {@code bench run}, the benchmark harness, is built from src/bench/java in the {@code bench} Maven
 * profile and added by {@code BenchMain} there (docs/architecture.md, "The product jar").
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generate synthetic registries.",
                "`bin/pactwatch bench run` builds and runs the benchmark harness (docs/benchmarks.md)."},
        subcommands = BenchCommand.Generate.class)
final class BenchCommand {

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a synthetic registry, deterministic for a seed.")
    static final class Generate extends Subcommand {

        @Option(names = "--commitments", paramLabel = "N", required = true, description = "How many commitments.")
        private int commitments;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
        private long seed;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write (created).")
        private Path out;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
                description = "yaml or jsonl (default: ${DEFAULT-VALUE}).")
        private RegistryFormat format;

        @Override
        public Integer call() throws IOException {
            new RegistryGenerator(seed).write(commitments, out, format);
            out().println("wrote " + Counted.of(commitments, "commitment") + " to " + out);
            return Main.OK;
        }
    }
}
