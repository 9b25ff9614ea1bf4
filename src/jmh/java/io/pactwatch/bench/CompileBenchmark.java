package io.pactwatch.bench;

import io.pactwatch.rules.RuleBase;
import io.pactwatch.rules.RuleCompiler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * JMH: compiling the shipped DRL pack ({@code -p rules=DIR}, default ./rules). The default mode is the warm
 * compile; {@code -bm ss -f 5 -wi 0 -i 1} gives the cold one (the first compile in a fresh JVM, five JVMs).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    @Param("rules")
    public String rules;

    @Benchmark
    public RuleBase compileShippedPack() {
        return RuleCompiler.compile(Path.of(rules));
    }
}
