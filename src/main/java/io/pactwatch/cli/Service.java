package io.pactwatch.cli;

import io.pactwatch.app.Application;
import io.pactwatch.coordination.Coordination;
import io.pactwatch.config.Settings;
import io.pactwatch.web.DaemonAddress;
import io.pactwatch.web.RemoteCoordination;

import java.util.Optional;

/**
 * The one place the CLI chooses who serves {@code alerts}, {@code ack}, {@code silence}, {@code outbox},
 * {@code preview} and {@code progress}: the daemon running for this home (found through the files it writes under
 * {@code web.state-directory}, or named with {@code --url}), else the database opened here as before.
 */
final class Service implements AutoCloseable {

    private final Coordination coordination;
    private final Application app;

    private Service(Coordination coordination, Application app) {
        this.coordination = coordination;
        this.app = app;
    }

    static Service open(Subcommand command, String url) {
        Settings settings = command.settings();
        Optional<RemoteCoordination> remote = remote(settings, url);
        if (remote.isPresent()) {
            return new Service(remote.get(), null);
        }
        Application app = command.application();
        return new Service(app.coordination(), app);
    }

    /** The running daemon's API, when one runs for these settings or {@code url} names one. */
    static Optional<RemoteCoordination> remote(Settings settings, String url) {
        Optional<DaemonAddress.Found> found = DaemonAddress.find(settings.web().stateDirectory());
        if (url != null) {
            return Optional.of(new RemoteCoordination(url, found.map(DaemonAddress.Found::token).orElse("")));
        }
        return found.map(f -> new RemoteCoordination(f.url(), f.token()));
    }

    Coordination coordination() {
        return coordination;
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
    }
}
