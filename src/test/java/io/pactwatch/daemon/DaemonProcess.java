package io.pactwatch.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code pactwatch run} as an admin starts it: a real process on the packaged jar ({@code *IT} tests run after
 * {@code package}), logging to a file, with its /health on a port of its own.
 */
final class DaemonProcess {

    static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path JAR = REPO.resolve("target/pactwatch.jar");
    /** A start (JVM, Drools compilation, Quartz) took 2-3 s here; generous for a loaded machine. */
    private static final Duration START = Duration.ofSeconds(60);

    final String name;
    final Process process;
    final int healthPort;
    private final Path logFile;
    /** The Quartz instance id, when a cluster test has learnt it. */
    String instance;

    private DaemonProcess(String name, Process process, int healthPort, Path logFile) {
        this.name = name;
        this.process = process;
        this.healthPort = healthPort;
        this.logFile = logFile;
    }

    /**
     * Writes {@code config} (given the health port) into {@code dir}, starts the daemon on it and waits until it
     * has logged that it started.
     */
    static DaemonProcess start(String name, Path dir, java.util.function.IntFunction<String> config) throws IOException {
        int healthPort = freePort();
        Path file = Files.writeString(dir.resolve(name + ".yaml"), config.apply(healthPort));
        Path log = dir.resolve(name + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dpactwatch.home=" + REPO, "-jar", JAR.toString(), "run", "--config", file.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        DaemonProcess daemon = new DaemonProcess(name, process, healthPort, log);
        await().atMost(START).until(() -> {
            assertThat(process.isAlive()).as("%s died:%n%s", name, daemon.log()).isTrue();
            return daemon.log().contains(" started: ");
        });
        return daemon;
    }

    String log() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count(String text) {
        return log().lines().filter(line -> line.contains(text)).count();
    }

    String health() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + healthPort + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Kills it if it still runs, and keeps its log under target/failsafe-reports for a failure's post-mortem. */
    void destroy(String test) throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        Path reports = Files.createDirectories(REPO.resolve("target/failsafe-reports"));
        Files.copy(logFile, reports.resolve(test + "-" + name + ".log"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Copies the shipped rules into {@code rules}, plus a rule that stands for a registry large enough that an
     * evaluation takes a while: for the commitment {@code slow-evaluation} it touches {@code marker} (so that a
     * test knows an evaluation is under way) and sleeps {@code millis}, the window in which a test stops or kills
     * the process.
     */
    static void copyRulesWithASlowOne(Path rules, int millis, Path marker) throws IOException {
        Files.createDirectories(rules);
        try (Stream<Path> drl = Files.list(REPO.resolve("rules"))) {
            for (Path file : drl.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Files.writeString(rules.resolve("slow.drl"), """
                package pactwatch;

                import io.pactwatch.model.Commitment;

                rule "slow-evaluation"
                    @severity("info")
                    @category("test")
                    @description("Takes %1$d ms per evaluation")
                when
                    Commitment(id == "slow-evaluation")
                then
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%2$s"), "evaluating");
                    Thread.sleep(%1$d);
                end
                """.formatted(millis, marker));
    }

    /**
     * Writes a registry of two commitments into {@code registry}: an overdue conference of Russia and Turkey (one
     * critical alert) and the fulfilled commitment the slow rule waits on (no alert of its own).
     */
    static void writeRegistry(Path registry) throws IOException {
        Files.createDirectories(registry);
        Files.writeString(registry.resolve("seed.yaml"), """
                source:
                  title: Turkey ready to cooperate with Russia
                  publisher: TASS
                  published: 2018-11-23
                commitments:
                  - id: ru-tr-cyber-conference
                    title: International conference on threats from cyberspace
                    kind: event
                    parties: [Russia, Turkey]
                    due: first half of 2019
                  - id: slow-evaluation
                    title: Stands for a registry large enough that an evaluation takes a while
                    kind: other
                    parties: [Russia]
                    status: fulfilled
                """);
    }
}
