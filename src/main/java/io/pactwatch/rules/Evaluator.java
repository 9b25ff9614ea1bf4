package io.pactwatch.rules;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Succession;
import io.pactwatch.model.Today;
import io.pactwatch.registry.Registry;
import org.kie.api.runtime.KieSession;

import java.time.LocalDate;
import java.util.List;

/**
 * One evaluation pass: the registry as known on the as-of date (commitments, progress, and a
 * {@link Succession} per supersedes link), the policy and the date go into a fresh session; the alerts the rules insert come out, in reading order. The same call serves the CLI, the
 * scheduled job and the tests: there is one way to evaluate.
 */
public final class Evaluator {

    private final RuleBase rules;
    private final Policy policy;

    public Evaluator(RuleBase rules, Policy policy) {
        this.rules = rules;
        this.policy = policy;
    }

    /**
     * @throws RuleFailedException when a rule throws while matching or firing (e.g. a comparison MVEL could
     *                             only check at run time)
     */
    public List<Alert> evaluate(Registry registry, LocalDate asOf) {
        Registry known = registry.asKnownOn(asOf);
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.insert(new Today(asOf));
            session.insert(policy);
            for (Commitment commitment : known.commitments()) {
                session.insert(commitment);
                commitment.supersedes().forEach(predecessor ->
                        session.insert(new Succession(predecessor, commitment.id())));
            }
            known.progress().forEach(session::insert);
            session.fireAllRules();
            return session.getObjects(Alert.class::isInstance).stream()
                    .map(Alert.class::cast)
                    .sorted(Alert.READING_ORDER)
                    .toList();
        } catch (RuntimeException e) {
            throw new RuleFailedException(e);
        } finally {
            session.dispose();
        }
    }
}
