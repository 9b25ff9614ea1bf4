package io.pactwatch.yaml;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Key sets that keep the order they are documented in, so that "allowed here: ..." reads like the docs. */
public final class Keys {

    private Keys() {
    }

    public static Set<String> ordered(String... keys) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }
}
