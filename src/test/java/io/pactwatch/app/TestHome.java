package io.pactwatch.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Pactwatch home in a temporary directory with its own copy of the shipped registry (so that tests may add
 * files to it), the shipped rules and templates, the file transport, and one route to {@link #OPS}.
 */
public final class TestHome {

    public static final Path REPO = Path.of("").toAbsolutePath();
    public static final String OPS = "ops@example.org";

    private TestHome() {
    }

    /** Writes {@code home/config/pactwatch.yaml} and {@code home/commitments/}; returns the config file. */
    public static Path create(Path home) throws IOException {
        Path registry = home.resolve("commitments");
        Files.createDirectories(registry);
        Files.createDirectories(home.resolve("config"));
        try (var files = Files.list(REPO.resolve("commitments"))) {
            for (Path file : files.toList()) {
                Files.copy(file, registry.resolve(file.getFileName()));
            }
        }
        Path config = home.resolve("config/pactwatch.yaml");
        Files.writeString(config, """
                registry: commitments
                rules: %s/rules
                notify:
                  templates: %s/config/templates
                mail:
                  from: pactwatch@example.org
                routes:
                  - to: %s
                """.formatted(REPO, REPO, OPS));
        return config;
    }
}
