package io.pactwatch.cli;

import picocli.CommandLine.Option;

/** {@code --url}: the daemon to talk to, when it is not the one the state directory names. */
final class DaemonOption {

    @Option(names = "--url", paramLabel = "URL", description = "The running daemon's address (default: the one "
            + "running for this home, found under web.state-directory; without one, the database is opened here).")
    String url;
}
