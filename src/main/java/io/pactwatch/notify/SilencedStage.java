package io.pactwatch.notify;

import io.pactwatch.ledger.Silence;

import java.util.Optional;

/** Keeps quiet an alert whose commitment, party or topic a silence active on the day matches. */
final class SilencedStage extends AlertStage {

    static final String NAME = "silenced";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    void judge(AlertInPass alert, PassState pass) {
        Optional<Silence> silence = alert.commitment()
                .flatMap(c -> pass.ledger.silences().stream().filter(s -> s.matches(c)).findFirst());
        if (silence.isPresent()) {
            alert.silencedBy(silence.get());
            alert.quiet(NAME, "silenced by " + silence.get().describe());
        } else {
            alert.pass(NAME, "no silence matches");
        }
    }
}
