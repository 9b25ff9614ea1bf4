package io.pactwatch.bench;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Policy;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.rules.RuleCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JMH: evaluating a generated registry (facts already in memory) with the shipped DRL pack and with the
 * plain-Java lower bound, as of {@link BenchmarkRunner#AS_OF}: the same work {@code bench run} times by hand.
 * {@code -p commitments=1000,10000,100000} picks the sizes; {@code -p rules=DIR} the pack (default: ./rules).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluationBenchmark {

    @Param("10000")
    public int commitments;

    @Param("rules")
    public String rules;

    private Path dir;
    private Registry registry;
    private Evaluator drools;
    private PlainEvaluator plain;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("pactwatch-jmh");
        registry = RegistryLoader.load(BenchmarkRunner.registry(dir, commitments));
        drools = new Evaluator(RuleCompiler.compile(Path.of(rules)), Policy.defaults());
        plain = new PlainEvaluator(Policy.defaults());
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        BenchmarkRunner.deleteTree(dir);
    }

    @Benchmark
    public List<Alert> drools() {
        return drools.evaluate(registry, BenchmarkRunner.AS_OF);
    }

    @Benchmark
    public List<Alert> plainJava() {
        return plain.evaluate(registry, BenchmarkRunner.AS_OF);
    }
}
