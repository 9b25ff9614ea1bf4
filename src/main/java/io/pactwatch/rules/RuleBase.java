package io.pactwatch.rules;

import io.pactwatch.model.Problem;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.Description;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** A compiled rule pack: the Drools rule base, the files it came from, and what the compiler warned about. */
public final class RuleBase {

    /** Rule metadata keys besides {@link Alerts#SEVERITY}. */
    public static final String CATEGORY = "category";
    /**
     * Drools files {@code @description} under the name of its own annotation type,
     * {@code org.kie.api.definition.type.Description}, not under "description".
     */
    public static final String DESCRIPTION = "description";

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

    public List<Problem> warnings() {
        return warnings;
    }

    /** Every rule, by file and name. */
    public List<RuleInfo> rules() {
        return kieBase.getKiePackages().stream()
                .map(KiePackage::getRules)
                .flatMap(java.util.Collection::stream)
                .map(RuleBase::info)
                .sorted(Comparator.comparing((RuleInfo r) -> String.valueOf(r.file())).thenComparing(RuleInfo::name))
                .toList();
    }

    private static RuleInfo info(Rule rule) {
        Path file = rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null
                && impl.getResource().getSourcePath() != null ? Path.of(impl.getResource().getSourcePath()) : null;
        return new RuleInfo(rule.getName(), file, meta(rule, Alerts.SEVERITY), meta(rule, CATEGORY),
                meta(rule, DESCRIPTION));
    }

    private static String meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null && key.equals(DESCRIPTION)) {
            value = rule.getMetaData().get(Description.class.getName());
        }
        return value == null ? null : value.toString();
    }
}
