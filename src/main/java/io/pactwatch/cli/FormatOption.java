package io.pactwatch.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json}, for commands that list things. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.JSON;
    }
}
