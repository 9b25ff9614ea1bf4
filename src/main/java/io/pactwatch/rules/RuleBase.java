package io.pactwatch.rules;

import io.pactwatch.model.Problem;
import org.kie.api.KieBase;

import java.nio.file.Path;
import java.util.List;

/** A compiled rule pack: the Drools rule base, the files it came from, and what the compiler warned about. */
public final class RuleBase {

    private final KieBase kieBase;
    private final List<Path> files;
    private final List<Problem> warnings;

    RuleBase(KieBase kieBase, List<Path> files, List<Problem> warnings) {
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
        this.warnings = List.copyOf(warnings);
    }

    KieBase kieBase() {
        return kieBase;
    }

    public List<Path> files() {
        return files;
    }

    /** How many rules the pack holds. */
    public int ruleCount() {
        return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    public List<Problem> warnings() {
        return warnings;
    }
}
