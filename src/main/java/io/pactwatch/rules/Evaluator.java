package io.pactwatch.rules;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Succession;
import io.pactwatch.model.Today;
import io.pactwatch.registry.Partitions;
import io.pactwatch.registry.Registry;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One evaluation pass: the registry as known on the as-of date (commitments, progress, and a
 * {@link Succession} per supersedes link), the policy and the date go into a fresh session; the alerts the rules
 * insert come out, in reading order. The same call serves the CLI, the scheduled job and the tests: there is
 * one way to evaluate.
 *
 * <p>A registry larger than the batch size is evaluated in parts that share no supersedes or depends-on link
 * ({@link Partitions}), in parallel, one session per part: the rules relate commitments only through those
 * links, so the alerts are the same, and memory is that of a part, not of the whole registry (issue 6).
 */
public final class Evaluator {

    /**
     * Commitments per session before a registry is split into parts. Small sessions are faster per fact, their
     * indexed memories staying in the CPU caches: 10^6 commitments took 3.06 s in parts of 25,000 and 1.69 s in
     * parts of 2,000 (500 was no better; docs/benchmarks.md).
     */
    public static final int DEFAULT_BATCH_SIZE = 2_000;

    private final RuleBase rules;
    private final Policy policy;
    private final int batchSize;

    public Evaluator(RuleBase rules, Policy policy) {
        this(rules, policy, DEFAULT_BATCH_SIZE);
    }

    /** @param batchSize commitments per session; a larger registry is split into parts of about this size */
    public Evaluator(RuleBase rules, Policy policy, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.rules = rules;
        this.policy = policy;
        this.batchSize = batchSize;
    }

    /**
     * @throws RuleFailedException when a rule throws while matching or firing (e.g. a comparison MVEL could
     *                             only check at run time)
     */
    public List<Alert> evaluate(Registry registry, LocalDate asOf) {
        Today today = Today.of(asOf, policy);
        List<Registry> parts = registry.parts(batchSize);
        Alert[] alerts = (parts.size() == 1 ? parts.stream() : parts.parallelStream())
                .flatMap(part -> evaluatePart(part.asKnownOn(asOf), today).stream().sorted(Alert.READING_ORDER))
                .toArray(Alert[]::new);
        // Each part's alerts were sorted in its own task; TimSort merges those runs (faster at 10^6 than a
        // parallel sort of the whole, docs/benchmarks.md).
        Arrays.sort(alerts, Alert.READING_ORDER);
        return List.of(alerts);
    }

    private List<Alert> evaluatePart(Registry known, Today today) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.insert(today);
            session.insert(policy);
            for (Commitment commitment : known.commitments()) {
                session.insert(commitment);
                commitment.supersedes().forEach(predecessor ->
                        session.insert(new Succession(predecessor, commitment.id())));
            }
            known.progress().forEach(session::insert);
            session.fireAllRules();
            // A ClassObjectFilter reads the Alert store alone instead of iterating every fact.
            return session.getObjects(new ClassObjectFilter(Alert.class)).stream().map(Alert.class::cast).toList();
        } catch (RuntimeException e) {
            throw new RuleFailedException(e);
        } finally {
            session.dispose();
        }
    }
}
