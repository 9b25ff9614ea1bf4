package io.pactwatch.cli;

import io.pactwatch.config.ConfigLoader;
import io.pactwatch.config.Settings;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the config, registry and rules are: the options every command shares. */
final class InputOptions {

    static final String DEFAULT_CONFIG = "config/pactwatch.yaml";

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default: " + DEFAULT_CONFIG + " under the Pactwatch home).")
    Path config;

    @Option(names = "--registry", paramLabel = "DIR", description = "Registry directory (overrides the config).")
    Path registry;

    @Option(names = "--rules", paramLabel = "DIR", description = "DRL rule directory (overrides the config).")
    Path rules;

    /** The config file in use: --config, or the default one when it exists; null when there is none. */
    Path configFile(Path home) {
        Path file = config != null ? config : home.resolve(DEFAULT_CONFIG);
        return Files.isRegularFile(file) ? file : null;
    }

    /** The config file's settings with this command line's overrides; built-in defaults when there is no file. */
    Settings settings(Path home) {
        Path file = config != null ? config : home.resolve(DEFAULT_CONFIG);
        Settings settings;
        if (Files.isRegularFile(file)) {
            settings = ConfigLoader.load(file, home);
        } else if (config != null) {
            throw new InvalidInputException("config", List.of(Problem.at(config, 0, "no such config file")));
        } else {
            settings = Settings.defaults(home);
        }
        if (registry != null) {
            settings = settings.withRegistry(registry);
        }
        return rules != null ? settings.withRules(rules) : settings;
    }
}
