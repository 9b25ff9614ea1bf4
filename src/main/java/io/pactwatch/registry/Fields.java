package io.pactwatch.registry;

import io.pactwatch.yaml.Keys;

import java.util.Set;

/** The keys a registry file may use, in the order the README documents them. */
final class Fields {

    static final Set<String> FILE = Keys.ordered("source", "commitments", "progress");
    static final Set<String> SOURCE = Keys.ordered("title", "publisher", "published");
    static final Set<String> COMMITMENT = Keys.ordered("id", "title", "kind", "parties", "invited", "topics", "due",
            "tentative", "status", "recurs", "depends-on", "supersedes", "coordinator", "quote", "announced");
    static final Set<String> PROGRESS = Keys.ordered("commitment", "date", "kind", "note");
    /** The commitment keys that take one value or a list (a CSV cell separates the items with ';'). */
    static final Set<String> LISTS = Keys.ordered("parties", "invited", "topics", "depends-on", "supersedes",
            "coordinator");

    private Fields() {
    }
}
