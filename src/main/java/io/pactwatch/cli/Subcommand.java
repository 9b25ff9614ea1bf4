package io.pactwatch.cli;

import io.pactwatch.config.Settings;
import io.pactwatch.app.Application;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every command shares: the --config/--registry/--rules options, the settings they resolve to, and the
 * command line's output streams. The {@link Main} at the root holds the home directory and the clock.
 */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    Main main() {
        return (Main) spec.root().userObject();
    }

    Settings settings() {
        return inputs.settings(main().home());
    }

    /** The application (database and notifying stages), for commands that work on the ledger or the outbox. */
    Application application() {
        return Application.open(settings(), main().clock(), main().env());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
