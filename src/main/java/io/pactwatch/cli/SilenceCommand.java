package io.pactwatch.cli;


import io.pactwatch.ledger.Silence;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code pactwatch silence}: mute the alerts of a commitment, a party or a topic until a date. */
@Command(name = "silence", mixinStandardHelpOptions = true,
        description = "Mute every alert of a commitment, a party or a topic through a day (a maintenance window).")
final class SilenceCommand extends Subcommand {

    @Mixin
    DaemonOption daemon;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    static final class Target {
        @Option(names = "--commitment", paramLabel = "ID", required = true) String commitment;
        @Option(names = "--party", paramLabel = "PARTY", required = true) String party;
        @Option(names = "--topic", paramLabel = "TOPIC", required = true) String topic;
    }

    @Option(names = "--until", paramLabel = "DATE", required = true, description = "The last day muted.")
    private LocalDate until;

    @Mixin
    private Attribution attribution;

    @Override
    public Integer call() {
        Silence.Matcher matcher = target.commitment != null ? Silence.Matcher.COMMITMENT
                : target.party != null ? Silence.Matcher.PARTY : Silence.Matcher.TOPIC;
        String value = target.commitment != null ? target.commitment : target.party != null ? target.party
                : target.topic;
        try (Service app = Service.open(this, daemon.url)) {
            Silence silence = app.coordination().silence(matcher, value, until, attribution.by(this),
                    attribution.comment);
            out().println("added " + silence.describe());
            return Main.OK;
        }
    }
}
