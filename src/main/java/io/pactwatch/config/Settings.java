package io.pactwatch.config;

import io.pactwatch.model.Policy;

import java.nio.file.Path;

/**
 * The validated contents of {@code config/pactwatch.yaml}, with paths already resolved.
 *
 * @param registry the registry directory
 * @param rules    the DRL rule directory
 * @param policy   the thresholds rules read
 */
public record Settings(Path registry, Path rules, Policy policy) {

    public static final String DEFAULT_REGISTRY = "commitments";
    public static final String DEFAULT_RULES = "rules";

    /** The settings of a home directory with no config file. */
    public static Settings defaults(Path home) {
        return new Settings(home.resolve(DEFAULT_REGISTRY), home.resolve(DEFAULT_RULES), Policy.defaults());
    }

    public Settings withRegistry(Path directory) {
        return new Settings(directory, rules, policy);
    }

    public Settings withRules(Path directory) {
        return new Settings(registry, directory, policy);
    }
}
