package io.pactwatch.cli;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.web.RemoteCoordination;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code pactwatch login-link --to ADDRESS}: a one-time sign-in URL for the console, made by the running daemon
 * (which alone can honour it) and printed here instead of mailed: how an admin signs in on the server itself.
 */
@Command(name = "login-link", mixinStandardHelpOptions = true,
        description = "Print a one-time sign-in URL for the web console (the daemon must be running).")
final class LoginLinkCommand extends Subcommand {

    @Option(names = "--to", paramLabel = "ADDRESS", required = true,
            description = "Whom the link signs in: a daemon.admin, a route's address or a commitment's coordinator.")
    private String to;

    @Mixin
    DaemonOption daemon;

    @Override
    public Integer call() {
        RemoteCoordination remote = Service.remote(settings(), daemon.url).orElseThrow(() ->
                new InvalidInputException("login-link", List.of(Problem.at(Path.of("login-link"), 0,
                        "no daemon runs for this home: start `pactwatch run` first (the console and its sign-in "
                                + "links are served by it), or pass --url"))));
        out().println(remote.signInLink(to));
        return Main.OK;
    }
}
