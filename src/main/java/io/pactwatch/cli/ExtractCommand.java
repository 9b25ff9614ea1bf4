package io.pactwatch.cli;

import io.pactwatch.extract.DraftWriter;
import io.pactwatch.extract.Extraction;
import io.pactwatch.extract.Extractor;
import io.pactwatch.extract.Gazetteer;
import io.pactwatch.extract.Gold;
import io.pactwatch.extract.Scorer;
import io.pactwatch.model.Counted;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code pactwatch extract ARTICLE.txt [--published DATE] [--out FILE]}: drafts registry entries from a news
 * article for a coordinator to review; {@code pactwatch extract --score GOLD_DIR} measures the drafts against
 * hand-written gold files (docs/extract.md).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Draft commitments from a news article (plain text) as a registry file for review: every "
                + "entry is status proposed and every guessed field carries a '# review:' comment.",
                "The article's date comes from its dateline; a year the dateline leaves out is inferred from the text "
                        + "(the reason is written in the file) unless --published gives the date.",
                "With --score GOLD_DIR, scores the extractor on the articles of the gold files there instead "
                        + "(precision, recall, F1, field accuracy; docs/extract.md)."})
final class ExtractCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ARTICLE", description = "The article as a UTF-8 text file.")
    private Path article;

    @Option(names = "--score", paramLabel = "GOLD_DIR",
            description = "Score the extractor on the *.gold.yaml files of this directory instead of drafting.")
    private Path score;

    @Option(names = "--published", paramLabel = "DATE",
            description = "The article's date, YYYY-MM-DD, when its dateline gives none or gives it without a year.")
    private LocalDate published;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the draft here (refused if it exists) instead of to standard output.")
    private Path out;

    @Override
    public Integer call() {
        if (score != null) {
            return score();
        }
        if (article == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing required parameter: 'ARTICLE' (or give --score GOLD_DIR)");
        }
        if (out != null && Files.exists(out)) {
            throw invalid(out, "already exists; choose another --out or move the file away (drafts never overwrite)");
        }
        Extraction extraction = new Extractor(Gazetteer.standard())
                .extract(article, read(article), Optional.ofNullable(published), main.today());
        StringWriter yaml = new StringWriter();
        try (PrintWriter writer = new PrintWriter(yaml)) {
            DraftWriter.write(extraction, article.getFileName().toString(), writer);
        }
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
            return Main.OK;
        }
        write(out, yaml.toString());
        spec.commandLine().getErr().println("wrote " + Counted.of(extraction.drafts().size(), "draft commitment") + " to " + out
                + "; review every '# review:' field, then run: pactwatch commitments validate " + out);
        return Main.OK;
    }

    private int score() {
        if (article != null || out != null || published != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--score reads the articles named in the gold files; give no ARTICLE, --out or --published with it");
        }
        Scorer.Figures figures = new Scorer(new Extractor(Gazetteer.standard()), main.today())
                .score(Gold.readAll(score));
        PrintWriter stdout = spec.commandLine().getOut();
        figures.print(stdout);
        stdout.flush();
        return Main.OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (MalformedInputException e) {
            throw invalid(file, "not UTF-8 text; save the article as UTF-8");
        } catch (IOException e) {
            throw invalid(file, "cannot read the article: " + e.getMessage());
        }
    }

    /** Through a temporary file in the same directory, so that a failure never leaves half a draft. */
    private static void write(Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(dir, ".pactwatch-extract-", ".tmp");
            try {
                Files.writeString(temp, text);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static InvalidInputException invalid(Path file, String message) {
        return new InvalidInputException("extract", List.of(Problem.at(file, 0, message)));
    }
}
