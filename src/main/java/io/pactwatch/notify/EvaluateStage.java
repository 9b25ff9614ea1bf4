package io.pactwatch.notify;

import io.pactwatch.progress.ProgressHistory;
import io.pactwatch.progress.ProgressStore;
import io.pactwatch.registry.Registry;
import io.pactwatch.rules.Evaluator;

import java.sql.SQLException;

/** Evaluates the rules on the registry with the progress recorded so far (files and the store). */
final class EvaluateStage implements PassStage {

    private final Evaluator evaluator;
    private final Registry registry;

    EvaluateStage(Evaluator evaluator, Registry registry) {
        this.evaluator = evaluator;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public void run(PassState pass) throws SQLException {
        // read in the pass's own transaction: progress recorded from the web counts from the next pass on
        pass.progress = ProgressHistory.of(registry, ProgressStore.all(pass.connection));
        Registry merged = pass.progress.registry();
        pass.evaluated = evaluator.evaluate(merged, pass.asOf);
        pass.known = merged.asKnownOn(pass.asOf);
    }
}
