package io.pactwatch.extract;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Labels;
import io.pactwatch.model.Period;
import io.pactwatch.model.Problem;
import io.pactwatch.period.Periods;
import io.pactwatch.yaml.Keys;
import io.pactwatch.yaml.Mapping;
import io.pactwatch.yaml.YamlFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hand-written gold file of an evaluation set ({@code *.gold.yaml}): the article it is about, the article's
 * date (or {@code refused} when the text does not decide it) and the commitments an analyst records in it.
 * The format is described in {@code src/test/resources/extract/eval/README.md} and docs/extract.md.
 *
 * @param published empty when the extractor should refuse to date the article
 * @param assume    with a refused date, the date the commitments are scored with (as {@code --published})
 */
public record Gold(Path file, Path article, Optional<LocalDate> published, Optional<LocalDate> assume,
                   List<Entry> commitments) {

    /** One commitment the analyst records. {@code due} is empty when no period applies. */
    public record Entry(int line, String about, Kind kind, Set<String> parties, Optional<Period> due,
                        boolean narrowed, boolean tentative) {
    }

    static final String SUFFIX = ".gold.yaml";
    static final String REFUSED = "refused";
    private static final Set<String> FILE_KEYS = Keys.ordered("article", "published", "assume", "commitments");
    private static final Set<String> ENTRY_KEYS = Keys.ordered("about", "kind", "parties", "due", "mod", "tentative");

    public Gold {
        commitments = List.copyOf(commitments);
    }

    /** The date the commitments are scored with. */
    LocalDate scoringDate() {
        return published.or(() -> assume).orElseThrow();
    }

    /**
     * Every {@code *.gold.yaml} in {@code dir}, in name order.
     *
     * @throws InvalidInputException listing every problem with file and line when any file is wrong
     */
    public static List<Gold> readAll(Path dir) {
        List<Problem> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException("gold", List.of(Problem.at(dir, 0,
                    "cannot list the gold directory: " + e.getMessage())));
        }
        if (files.isEmpty()) {
            problems.add(Problem.at(dir, 0, "no *" + SUFFIX + " files; write one gold file per article"));
        }
        List<Gold> golds = new ArrayList<>();
        for (Path file : files) {
            int before = problems.size();
            YamlFile.readMapping(file, FILE_KEYS, problems).map(top -> read(file, top))
                    .filter(g -> problems.size() == before).ifPresent(golds::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("gold", problems);
        }
        return golds;
    }

    private static Gold read(Path file, Mapping top) {
        Path article = top.required("article").map(a -> file.resolveSibling(a).normalize()).orElse(file);
        if (top.has("article") && !Files.isRegularFile(article)) {
            top.problem("article", "no article at " + article + "; \"article\" is relative to the gold file");
        }
        Optional<String> published = top.required("published");
        Optional<LocalDate> date = published.filter(p -> !p.equals(REFUSED)).flatMap(p -> top.date("published"));
        Optional<LocalDate> assume = top.date("assume");
        if (published.filter(REFUSED::equals).isPresent() && assume.isEmpty()) {
            top.problem("published", "a refused date needs \"assume: YYYY-MM-DD\", the date to score the commitments with");
        }
        List<Entry> entries = top.mappings("commitments", ENTRY_KEYS).stream().map(Gold::entry)
                .flatMap(Optional::stream).toList();
        return new Gold(file, article, date, assume, entries);
    }

    private static Optional<Entry> entry(Mapping m) {
        Optional<Kind> kind = m.required("kind").flatMap(k -> {
            Optional<Kind> parsed = Labels.parse(Kind.class, k);
            if (parsed.isEmpty()) {
                m.problem("kind", "unknown kind \"" + k + "\"; one of: " + String.join(", ", Labels.all(Kind.class)));
            }
            return parsed;
        });
        List<String> parties = m.texts("parties");
        if (parties.isEmpty()) {
            m.problem("parties", "list who commits, e.g. \"parties: [Russia, Iran]\"");
        }
        Optional<Period> due = m.parsed("due", Periods::parse);
        boolean tentative = m.bool("tentative").orElse(false);
        return kind.map(k -> new Entry(m.line(), m.text("about").orElse(""), k, Set.copyOf(parties), due,
                m.has("mod"), tentative));
    }
}
