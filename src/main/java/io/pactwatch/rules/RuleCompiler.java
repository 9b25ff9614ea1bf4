package io.pactwatch.rules;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.yaml.YamlFiles;
import org.drools.drl.parser.ParserError;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compiles every {@code *.drl} file of a directory into one rule base, in one batch so that a type declared in
 * one file can be used in another whatever their order (docs/architecture.md). Errors come back as {@code file:line:column}.
 */
public final class RuleCompiler {

    /** Follows every DRL syntax error and says nothing new (docs/architecture.md). */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    /** What compiling a directory gave: the rule base when there were no errors, and every message. */
    record Compilation(List<Path> files, Optional<RuleBase> rules, List<Problem> errors, List<Problem> warnings) {
    }

    private RuleCompiler() {
    }

    /** @throws InvalidInputException with every compile error, when any file does not compile */
    public static RuleBase compile(Path directory) {
        Compilation compilation = attempt(directory);
        return compilation.rules().orElseThrow(
                () -> new InvalidInputException("rules in " + directory, compilation.errors()));
    }

    /** Compiles without throwing on compile errors, for tools that report them ({@code rules check}). */
    static Compilation attempt(Path directory) {
        List<Path> files = drlFiles(directory);
        KnowledgeBuilder builder = newBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        for (Path file : files) {
            Resource resource = ResourceFactory.newFileResource(file.toFile());
            resource.setSourcePath(file.toString());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        List<Problem> errors = problems(builder, directory, ResultSeverity.ERROR);
        List<Problem> warnings = problems(builder, directory, ResultSeverity.WARNING);
        Optional<RuleBase> rules = errors.isEmpty()
                ? Optional.of(new RuleBase(builder.newKieBase(), files, warnings)) : Optional.empty();
        return new Compilation(files, rules, errors, warnings);
    }

    /** A knowledge builder configured as every rule base of Pactwatch is. */
    static KnowledgeBuilder newBuilder() {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        // Facts are immutable records, never modified in a session: property reactivity has nothing to track,
        // and leaving it on only makes Drools warn about constraints like "supersedes contains $id".
        configuration.setOption(PropertySpecificOption.ALLOWED);
        return KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
    }

    /** The directory's DRL files, sorted; a problem when there is no directory or no file. */
    static List<Path> drlFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException("rules", List.of(Problem.at(directory, 0,
                    "no such rules directory; pass --rules DIR or set \"rules\" in the config")));
        }
        try (Stream<Path> listing = Files.list(directory)) {
            List<Path> files = listing.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList();
            List<Problem> skipped = new ArrayList<>();
            for (Path file : files) {
                String why = YamlFiles.notAFile(file);
                if (why != null) {
                    skipped.add(Problem.at(file, 0, why));
                }
            }
            if (!skipped.isEmpty()) {
                throw new InvalidInputException("rules", skipped);
            }
            if (files.isEmpty()) {
                throw new InvalidInputException("rules", List.of(Problem.at(directory, 0, "no *.drl files here")));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rules directory " + directory, e);
        }
    }

    private static List<Problem> problems(KnowledgeBuilder builder, Path directory, ResultSeverity severity) {
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(severity)) {
            if (result.getMessage() != null && result.getMessage().contains(NULL_PACKAGE)) {
                continue;
            }
            problems.add(problem(result, directory));
        }
        return problems;
    }

    private static Problem problem(KnowledgeBuilderResult result, Path directory) {
        Path file = result.getResource() != null && result.getResource().getSourcePath() != null
                ? Path.of(result.getResource().getSourcePath()) : directory;
        int[] lines = result.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
        int column = result instanceof ParserError parserError ? Math.max(parserError.getCol(), 0) : 0;
        return new Problem(file, line, line > 0 ? column : 0, FactModel.explain(result.getMessage()));
    }
}
