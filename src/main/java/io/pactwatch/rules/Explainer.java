package io.pactwatch.rules;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Today;
import io.pactwatch.registry.Registry;
import io.pactwatch.rules.RuleSources.SourceFile;
import io.pactwatch.rules.RuleSources.SourceRule;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code evaluate --explain}: for one commitment, whether each rule fired and, when it did not, the first
 * condition that failed. It replays each rule's conditions as written, one more at a time, restricted to the
 * commitment ("probe" rules over the same facts): the first prefix that no longer matches names the condition.
 */
public final class Explainer {

    /** Why a rule did or did not fire for the commitment. */
    public record Verdict(String rule, String location, boolean fired, List<Alert> alerts, String reason,
                          List<String> reads) {
    }

    private static final int MAX_CONDITION = 100;
    private static final Pattern COMMITMENT_BINDING = Pattern.compile("(\\$\\w+)\\s*:\\s*Commitment\\s*\\(");

    /** A rule's conditions cut into replayable pieces. */
    private record Plan(SourceRule rule, List<String> elements, int bindingIndex, String variable,
                        List<String> constraints) {
    }

    private final Path rulesDirectory;
    private final RuleBase rules;
    private final Policy policy;

    public Explainer(Path rulesDirectory, RuleBase rules, Policy policy) {
        this.rulesDirectory = rulesDirectory;
        this.rules = rules;
        this.policy = policy;
    }

    public List<Verdict> explain(Registry registry, LocalDate asOf, Commitment commitment) {
        List<Alert> alerts = new Evaluator(rules, policy).evaluate(registry, asOf);
        List<SourceFile> files = RuleSources.parse(RuleCompiler.drlFiles(rulesDirectory));
        List<SourceRule> sourceRules = RuleSources.rules(files);
        List<Plan> plans = new ArrayList<>();
        for (SourceRule rule : sourceRules) {
            plan(rule).ifPresent(plans::add);
        }
        Set<String> matched = replay(files, plans, registry.asKnownOn(asOf), alerts, asOf, commitment.id());
        List<Verdict> verdicts = new ArrayList<>();
        for (SourceRule rule : sourceRules) {
            List<Alert> raised = alerts.stream()
                    .filter(a -> a.rule().equals(rule.name()) && a.commitment().equals(commitment.id())).toList();
            String reason = raised.isEmpty() ? reason(rule, plans, matched) : "";
            verdicts.add(new Verdict(rule.name(), rule.location(), !raised.isEmpty(), raised, reason, reads(rule)));
        }
        return verdicts;
    }

    private List<String> reads(SourceRule rule) {
        return RuleCatalog.thresholds(rule).stream().map(key -> key + "=" + RuleCatalog.threshold(policy, key)).toList();
    }

    private static Optional<Plan> plan(SourceRule rule) {
        List<BaseDescr> descrs = rule.rule().getLhs().getDescrs();
        List<String> elements = descrs.stream()
                .map(d -> rule.file().slice(d.getStartCharacter(), d.getEndCharacter())).toList();
        for (int i = 0; i < elements.size(); i++) {
            Matcher binding = COMMITMENT_BINDING.matcher(elements.get(i));
            if (elements.get(i).isEmpty()) {
                return Optional.empty();
            }
            if (binding.find()) {
                boolean replayable = !(descrs.get(i) instanceof PatternDescr pattern)
                        || pattern.getConstraint().getDescrs().stream().allMatch(ExprConstraintDescr.class::isInstance);
                List<String> constraints = descrs.get(i) instanceof PatternDescr pattern
                        && binding.group(1).equals(pattern.getIdentifier()) && replayable
                        ? pattern.getConstraint().getDescrs().stream()
                                .map(c -> ((ExprConstraintDescr) c).getExpression()).toList()
                        : List.of();
                return replayable ? Optional.of(new Plan(rule, elements, i, binding.group(1), constraints))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Compiles and runs every probe at once; returns the names of the probes that matched. */
    private Set<String> replay(List<SourceFile> files, List<Plan> plans, Registry known, List<Alert> alerts,
                               LocalDate asOf, String id) {
        StringBuilder drl = new StringBuilder("package pactwatch.explain;\n");
        imports(files).forEach(i -> drl.append("import ").append(i).append(";\n"));
        for (int r = 0; r < plans.size(); r++) {
            Plan plan = plans.get(r);
            String restriction = "Commitment(this == " + plan.variable() + ", id == \"" + id + "\")";
            for (int e = 0; e < plan.elements().size(); e++) {
                List<String> prefix = new ArrayList<>(plan.elements().subList(0, e + 1));
                if (e >= plan.bindingIndex()) {
                    prefix.add(plan.bindingIndex() + 1, restriction);
                }
                probe(drl, "e-" + r + "-" + e, prefix);
            }
            for (int c = 0; c < plan.constraints().size(); c++) {
                List<String> prefix = new ArrayList<>(plan.elements().subList(0, plan.bindingIndex()));
                prefix.add(plan.variable() + " : Commitment(id == \"" + id + "\", "
                        + String.join(", ", plan.constraints().subList(0, c + 1)) + ")");
                probe(drl, "c-" + r + "-" + c, prefix);
            }
        }
        return run(compile(drl.toString()), known, alerts, asOf);
    }

    private static void probe(StringBuilder drl, String name, List<String> conditions) {
        drl.append("rule \"").append(name).append("\"\nwhen\n");
        conditions.forEach(c -> drl.append("    ").append(c).append('\n'));
        drl.append("then\nend\n");
    }

    private static Set<String> imports(List<SourceFile> files) {
        Set<String> imports = new LinkedHashSet<>();
        files.forEach(f -> f.descr().ifPresent(d -> d.getImports().stream().map(ImportDescr::getTarget).forEach(imports::add)));
        return imports;
    }

    private static Optional<KieBase> compile(String drl) {
        KnowledgeBuilder builder = RuleCompiler.newBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        return builder.hasErrors() ? Optional.empty() : Optional.of(builder.newKieBase());
    }

    private Set<String> run(Optional<KieBase> probes, Registry known, List<Alert> alerts, LocalDate asOf) {
        Set<String> matched = new HashSet<>();
        if (probes.isEmpty()) {
            return matched;
        }
        KieSession session = probes.get().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    matched.add(event.getMatch().getRule().getName());
                }
            });
            session.insert(Today.of(asOf, policy));
            session.insert(policy);
            known.commitments().forEach(session::insert);
            known.progress().forEach(session::insert);
            alerts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return matched;
    }

    private static String reason(SourceRule rule, List<Plan> plans, Set<String> matched) {
        int r = java.util.stream.IntStream.range(0, plans.size())
                .filter(i -> plans.get(i).rule() == rule).findFirst().orElse(-1);
        if (r < 0) {
            return "cannot tell: the rule binds no Commitment in a form that can be replayed";
        }
        if (matched.isEmpty()) {
            return "cannot tell: the rule's conditions could not be replayed";
        }
        Plan plan = plans.get(r);
        for (int e = 0; e < plan.elements().size(); e++) {
            if (!matched.contains("e-" + r + "-" + e)) {
                return e == plan.bindingIndex() ? failedConstraint(plan, r, matched)
                        : "`" + oneLine(plan.elements().get(e)) + "` did not hold";
            }
        }
        return "every condition held, but the consequence raised no alert for this commitment";
    }

    private static String failedConstraint(Plan plan, int r, Set<String> matched) {
        for (int c = 0; c < plan.constraints().size(); c++) {
            if (!matched.contains("c-" + r + "-" + c)) {
                return "`" + oneLine(plan.constraints().get(c)) + "` is false";
            }
        }
        return "`" + oneLine(plan.elements().get(plan.bindingIndex())) + "` did not hold";
    }

    /** A condition as one line, cut to a readable length. */
    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_CONDITION ? line : line.substring(0, MAX_CONDITION - 3) + "...";
    }
}
