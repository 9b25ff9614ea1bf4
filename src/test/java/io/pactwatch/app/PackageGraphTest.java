package io.pactwatch.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of the product depend on each other one way only: no cycle among io.pactwatch.* (docs/architecture.md,
 * "Packages"). The graph is the JDK's own jdeps run on the compiled classes, so it sees every reference the
 * compiler kept, not only imports.
 */
class PackageGraphTest {

    private static final Path CLASSES = Path.of("target/classes");
    /** jdeps -verbose:package prints one "   FROM   -> TO   classes" line per package dependency. */
    private static final Pattern EDGE = Pattern.compile("^\\s+(io\\.pactwatch\\.\\S+)\\s+->\\s+(io\\.pactwatch\\.\\S+)\\s");

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readTheGraphWithJdeps() {
        assertThat(CLASSES.resolve("io/pactwatch")).as("compiled classes").isDirectory();
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-e", "io\\.pactwatch\\..*",
                CLASSES.toString());
        assertThat(code).as(err.toString()).isZero();
        graph = new TreeMap<>();
        for (String line : out.toString().lines().toList()) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find() && !edge.group(1).equals(edge.group(2))) {
                graph.computeIfAbsent(edge.group(1), p -> new TreeSet<>()).add(edge.group(2));
            }
        }
    }

    @Test
    void jdepsSeesTheWholeApplication() throws Exception {
        assertThat(graph).containsKeys("io.pactwatch.cli", "io.pactwatch.app", "io.pactwatch.rules");
        assertThat(graph.get("io.pactwatch.cli")).contains("io.pactwatch.app");
        try (var dirs = Files.list(CLASSES.resolve("io/pactwatch"))) {
            assertThat(dirs.filter(Files::isDirectory).count()).isGreaterThan(10);
        }
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        assertThat(cycles()).as("package cycles (each a strongly connected set of packages)").isEmpty();
    }

    @Test
    void theRulesNeedNothingOfTheConfiguration() {
        assertThat(graph.getOrDefault("io.pactwatch.rules.scenario", Set.of())).doesNotContain("io.pactwatch.config");
        assertThat(graph.getOrDefault("io.pactwatch.rules", Set.of())).doesNotContain("io.pactwatch.config");
    }

    /** Tarjan's strongly connected components of more than one package, each listed in name order. */
    private static List<Set<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> found = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, index, low, stack, found);
            }
        }
        return found;
    }

    private static void connect(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                                List<Set<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, index, low, stack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
