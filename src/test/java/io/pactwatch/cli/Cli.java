package io.pactwatch.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Runs the CLI entry point in-process, as {@code bin/pactwatch} would, and keeps what it printed. */
final class Cli {

    /** The clock the CLI reads when no --as-of is given. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2019-05-01T07:00:00Z"), ZoneOffset.UTC);

    record Result(int exitCode, String out, String err) {

        List<Map<String, Object>> json() {
            try {
                return new ObjectMapper().readValue(out, new TypeReference<>() { });
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + out + err, e);
            }
        }
    }

    private Cli() {
    }

    /** Runs with the repository root as the Pactwatch home. */
    static Result run(String... args) {
        return runIn(Path.of("."), args);
    }

    /** Runs the bench build's command line (with {@code bench run}) from the repository root. */
    static Result runBench(String... args) {
        return capture((out, err) -> BenchMain.run(new Main(CLOCK, Path.of(".")), new java.io.StringReader(""), out,
                err, args));
    }

    /** Runs with {@code env} as the environment and {@code loginName} as the login name the system gives. */
    static Result runAs(Path home, Map<String, String> env, String loginName, String... args) {
        return capture((out, err) -> new Main(CLOCK, home, env, loginName).run(out, err, args));
    }

    static Result runIn(Path home, String... args) {
        return runWithInput(home, "", args);
    }

    /** Runs with {@code input} on standard input. */
    static Result runWithInput(Path home, String input, String... args) {
        return capture((out, err) -> new Main(CLOCK, home).run(new java.io.StringReader(input), out, err, args));
    }

    private static Result capture(java.util.function.BiFunction<PrintWriter, PrintWriter, Integer> command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = command.apply(new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
