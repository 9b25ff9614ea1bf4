package io.pactwatch.cli;

import picocli.CommandLine.Option;

/** Who did it and why: the {@code --by} and {@code --comment} of {@code ack} and {@code silence}. */
final class Attribution {

    @Option(names = "--by", paramLabel = "NAME", description = "Who does it (default: $USER, else your login name).")
    private String by;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why; shown in `pactwatch alerts`.")
    String comment;

    String by(Subcommand command) {
        return by != null ? by : command.main().user(command.err());
    }
}
