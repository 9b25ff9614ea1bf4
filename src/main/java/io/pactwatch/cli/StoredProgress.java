package io.pactwatch.cli;

import io.pactwatch.app.Application;
import io.pactwatch.config.Settings;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.progress.ProgressHistory;
import io.pactwatch.registry.Registry;

import io.pactwatch.web.RemoteCoordination;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * The registry files' progress merged with the progress recorded in the database, for the read-only commands
 * ({@code evaluate}, {@code evaluate --explain}, {@code commitments list}), so that they show what the next
 * notifying pass will count.
 */
final class StoredProgress {

    private StoredProgress() {
    }

    /**
     * Asks the running daemon when there is one; otherwise a database that does not exist yet is not created,
     * and one that cannot be opened is reported on {@code err} and left out, since these commands only show.
     */
    static ProgressHistory merged(Settings settings, Main main, Registry files, PrintWriter err) {
        try {
            Optional<RemoteCoordination> daemon = Service.remote(settings, null);
            if (daemon.isPresent()) {
                // the daemon holds an H2 file for itself; it answers for the database beside it
                return ProgressHistory.of(files, daemon.get().storedProgress());
            }
            if (!settings.database().mayHoldData()) {
                return ProgressHistory.filesOnly(files);
            }
            try (Application app = Application.open(settings, main.clock(), main.env())) {
                return ProgressHistory.of(files, app.coordination(() -> files).storedProgress());
            }
        } catch (InvalidInputException e) {
            err.println("warning: progress recorded in the database is left out: "
                    + e.problems().get(0).message());
            return ProgressHistory.filesOnly(files);
        }
    }
}
