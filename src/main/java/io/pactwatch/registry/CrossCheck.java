package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Progress;
import io.pactwatch.registry.RegistryFileReader.Located;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks that span files: unique ids, links that resolve, progress not older than its commitment. */
final class CrossCheck {

    private final Set<String> rejectedIds;
    private final List<Problem> problems;
    private final Map<String, Located<Commitment>> byId = new HashMap<>();

    /** @param rejectedIds ids of entries already reported as invalid: links to them are not dangling */
    CrossCheck(Set<String> rejectedIds, List<Problem> problems) {
        this.rejectedIds = rejectedIds;
        this.problems = problems;
    }

    void check(List<Located<Commitment>> commitments, List<Located<Progress>> progress) {
        for (Located<Commitment> c : commitments) {
            Located<Commitment> first = byId.putIfAbsent(c.value().id(), c);
            if (first != null) {
                problems.add(c.problem("id", "duplicate id \"" + c.value().id() + "\": already declared at "
                        + first.file() + ":" + first.line("id")));
            }
        }
        for (Located<Commitment> c : commitments) {
            links(c, "depends-on", c.value().dependsOn());
            links(c, "supersedes", c.value().supersedes());
        }
        progress.forEach(this::progress);
    }

    private void progress(Located<Progress> p) {
        String id = p.value().commitment();
        Located<Commitment> target = byId.get(id);
        if (target == null) {
            if (!rejectedIds.contains(id)) {
                problems.add(p.problem("commitment", unknownId(id)));
            }
        } else {
            ProgressValidation.beforeAnnouncement(p.value(), target.value())
                    .ifPresent(message -> problems.add(p.problem("date", message)));
        }
    }

    private void links(Located<Commitment> c, String key, List<String> ids) {
        for (String id : ids) {
            if (id.equals(c.value().id())) {
                problems.add(c.problem(key, "\"" + id + "\" cannot refer to itself in \"" + key + "\""));
            } else if (!byId.containsKey(id) && !rejectedIds.contains(id)) {
                problems.add(c.problem(key, key + ": " + unknownId(id)));
            }
        }
    }

    private String unknownId(String id) {
        return ProgressValidation.unknownId(id, byId.keySet());
    }
}
