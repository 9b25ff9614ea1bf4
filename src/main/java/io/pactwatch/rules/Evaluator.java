package io.pactwatch.rules;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Succession;
import io.pactwatch.model.Today;
import io.pactwatch.registry.Partitions;
import io.pactwatch.registry.Registry;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One evaluation pass: the registry as known on the as-of date (commitments, progress, and a
 * {@link Succession} per supersedes link), the policy and the date go into a fresh session; the alerts the rules
 * insert come out, in reading order. The same call serves the CLI, the scheduled job and the tests: there is
 * one way to evaluate.
 *
 * <p>A registry larger than the batch size is evaluated in parts that share no supersedes or depends-on link
 * ({@link Partitions}), in parallel, one session per part: the rules relate commitments only through those
 * links, so the alerts are the same, and memory is that of a part, not of the whole registry (docs/benchmarks.md).
 */
public final class Evaluator {

    /**
     * Commitments per session before a registry is split into parts. Small sessions are faster per fact, their
     * indexed memories staying in the CPU caches: 10^6 commitments took 3.06 s in parts of 25,000 and 1.69 s in
     * parts of 2,000 (500 was no better; docs/benchmarks.md).
     */
    public static final int DEFAULT_BATCH_SIZE = 2_000;
    /**
     * Rule firings allowed per fact in a session. The shipped rules fire at most once each per commitment (nine
     * rules); a rule that re-activates itself ({@code then update($c);} without {@code no-loop}) fires without
     * end and grew the heap to 6.5 GB: the budget stops it within a second.
     */
    public static final int FIRINGS_PER_FACT = 100;
    /** Firings allowed whatever the number of facts (a small registry with a rule that joins its facts in pairs). */
    public static final int MIN_FIRINGS = 100_000;
    /** An evaluation that takes longer is stopped: 10^6 commitments take about 2 s (docs/benchmarks.md). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(5);
    /** Firings watched, once a limit is reached, to name the rule that keeps firing. */
    static final int DIAGNOSTIC_FIRINGS = 1_000;

    private final RuleBase rules;
    private final Policy policy;
    private final int batchSize;
    private final Duration timeLimit;

    public Evaluator(RuleBase rules, Policy policy) {
        this(rules, policy, DEFAULT_BATCH_SIZE);
    }

    /** @param batchSize commitments per session; a larger registry is split into parts of about this size */
    public Evaluator(RuleBase rules, Policy policy, int batchSize) {
        this(rules, policy, batchSize, DEFAULT_TIME_LIMIT);
    }

    private Evaluator(RuleBase rules, Policy policy, int batchSize, Duration timeLimit) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.rules = rules;
        this.policy = policy;
        this.batchSize = batchSize;
        this.timeLimit = timeLimit;
    }

    /** This evaluator, stopping an evaluation that takes longer than {@code limit}. */
    public Evaluator withTimeLimit(Duration limit) {
        return new Evaluator(rules, policy, batchSize, limit);
    }

    /**
     * @throws RuleFailedException when a rule throws while matching or firing (e.g. a comparison MVEL could
     *                             only check at run time)
     */
    public List<Alert> evaluate(Registry registry, LocalDate asOf) {
        Today today = Today.of(asOf, policy);
        List<Registry> parts = registry.parts(batchSize);
        Alert[] alerts;
        try (Deadline deadline = new Deadline(timeLimit)) {
            alerts = (parts.size() == 1 ? parts.stream() : parts.parallelStream())
                    .flatMap(part -> evaluatePart(part.asKnownOn(asOf), today, deadline).stream()
                            .sorted(Alert.READING_ORDER))
                    .toArray(Alert[]::new);
        }
        // Each part's alerts were sorted in its own task; TimSort merges those runs (faster at 10^6 than a
        // parallel sort of the whole, docs/benchmarks.md).
        Arrays.sort(alerts, Alert.READING_ORDER);
        return List.of(alerts);
    }

    private List<Alert> evaluatePart(Registry known, Today today, Deadline deadline) {
        KieSession session = rules.kieBase().newKieSession();
        deadline.watch(session);
        try {
            session.insert(today);
            session.insert(policy);
            for (Commitment commitment : known.commitments()) {
                session.insert(commitment);
                commitment.supersedes().forEach(predecessor ->
                        session.insert(new Succession(predecessor, commitment.id())));
            }
            known.progress().forEach(session::insert);
            long budget = Math.max(MIN_FIRINGS, session.getFactCount() * FIRINGS_PER_FACT);
            int fired = deadline.passed() ? 0 : session.fireAllRules((int) Math.min(Integer.MAX_VALUE, budget));
            if (deadline.passed()) {
                throw RuleFailedException.limit("the evaluation did not finish within " + (timeLimit.toMillis() < 1000
                        ? timeLimit.toMillis() + " ms" : timeLimit.toSeconds() + " s"), mostFired(session));
            }
            if (fired >= budget) {
                throw RuleFailedException.limit("the rules fired " + fired + " times for " + session.getFactCount()
                        + " facts and had not finished", mostFired(session));
            }
            // A ClassObjectFilter reads the Alert store alone instead of iterating every fact.
            return session.getObjects(new ClassObjectFilter(Alert.class)).stream().map(Alert.class::cast).toList();
        } catch (RuleFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RuleFailedException(e);
        } finally {
            deadline.forget(session);
            session.dispose();
        }
    }

    /**
     * The rule that keeps the session going, from a few more firings: the one that updates or deletes facts most
     * (its change re-activates itself and every rule matching the fact; the others only insert their alerts), else
     * the one that inserts most, else the one that fires most.
     */
    private static String mostFired(KieSession session) {
        Map<String, Integer> fired = new HashMap<>();
        Map<String, Integer> inserted = new HashMap<>();
        Map<String, Integer> changed = new HashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                count(inserted, event.getRule());
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
                count(changed, event.getRule());
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                count(changed, event.getRule());
            }

            private void count(Map<String, Integer> counts, Rule rule) {
                if (rule != null) {
                    counts.merge(rule.getName(), 1, Integer::sum);
                }
            }
        });
        session.fireAllRules(DIAGNOSTIC_FIRINGS);
        Map<String, Integer> counts = !changed.isEmpty() ? changed : !inserted.isEmpty() ? inserted : fired;
        return counts.entrySet().stream().max(Comparator.comparing(Map.Entry::getValue)).map(Map.Entry::getKey)
                .orElse(null);
    }

    /** Halts every session still firing once the time limit has passed. */
    private static final class Deadline implements AutoCloseable {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "pactwatch-evaluation-deadline");
            thread.setDaemon(true);
            return thread;
        });
        private final Set<KieSession> running = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean passed = new AtomicBoolean();

        Deadline(Duration limit) {
            timer.schedule(() -> {
                passed.set(true);
                running.forEach(KieSession::halt);
            }, limit.toNanos(), TimeUnit.NANOSECONDS);
        }

        void watch(KieSession session) {
            running.add(session);
        }

        void forget(KieSession session) {
            running.remove(session);
        }

        boolean passed() {
            return passed.get();
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
