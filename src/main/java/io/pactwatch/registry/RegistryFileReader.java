package io.pactwatch.registry;

import io.pactwatch.model.Cadence;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Labels;
import io.pactwatch.model.Period;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.model.Source;
import io.pactwatch.model.Status;
import io.pactwatch.yaml.DidYouMean;
import io.pactwatch.yaml.Mapping;
import io.pactwatch.yaml.YamlFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one registry file into commitments and progress, reporting every problem of the file itself. */
final class RegistryFileReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * A value read from a file, with the lines of the keys that checks across files report on. Only those
     * lines are kept, not the YAML node tree: a registry of a million commitments must fit in memory (issue 6).
     * Up to three such lines, as fields rather than a map or array: one object per entry, not two or more.
     *
     * @param keys  the keys whose lines are kept, in the order of {@code first}, {@code second}, {@code third}
     * @param line  the line of the entry
     * @param first the line of the first of {@code keys}, 0 when it is absent (and so on)
     */
    record Located<T>(T value, Path file, List<String> keys, int line, int first, int second, int third) {

        /** The keys of a commitment and of a progress entry whose lines cross-file checks name. */
        static final List<String> COMMITMENT_KEYS = List.of("id", "depends-on", "supersedes");
        static final List<String> PROGRESS_KEYS = List.of("commitment", "date");

        static <T> Located<T> of(T value, Path file, Mapping at, List<String> keys) {
            return new Located<>(value, file, keys, at.line(), lineOf(at, keys, 0), lineOf(at, keys, 1),
                    lineOf(at, keys, 2));
        }

        private static int lineOf(Mapping at, List<String> keys, int index) {
            return index < keys.size() && at.has(keys.get(index)) ? at.line(keys.get(index)) : 0;
        }

        int line(String key) {
            int kept = switch (keys.indexOf(key)) {
                case 0 -> first;
                case 1 -> second;
                case 2 -> third;
                default -> 0;
            };
            return kept == 0 ? line : kept;
        }

        Problem problem(String key, String message) {
            return Problem.at(file, line(key), message);
        }
    }

    /**
     * What one file holds once read. Entries with problems are left out (the problems are reported); their ids
     * are kept so that links to them are not reported a second time as dangling.
     */
    record Contents(List<Located<Commitment>> commitments, List<Located<Progress>> progress, Set<String> rejectedIds) {
    }

    private final Path file;
    private final List<Problem> problems;
    private final Canonical shared;

    private RegistryFileReader(Path file, List<Problem> problems, Canonical shared) {
        this.file = file;
        this.problems = problems;
        this.shared = shared;
    }

    static Contents read(Path file, List<Problem> problems, Canonical shared) {
        return contents(file, YamlFile.readMapping(file, Fields.FILE, problems), problems, shared);
    }

    /** @param content the bytes of {@code file}, already read */
    static Contents read(Path file, byte[] content, List<Problem> problems, Canonical shared) {
        return contents(file, YamlFile.readMapping(file, content, Fields.FILE, problems), problems, shared);
    }

    private static Contents contents(Path file, Optional<Mapping> top, List<Problem> problems, Canonical shared) {
        return top.map(mapping -> read(file, mapping, problems, shared))
                .orElseGet(() -> new Contents(List.of(), List.of(), Set.of()));
    }

    /**
     * Reads the registry keys of {@code top}, a mapping of {@code file} that may hold other keys too.
     *
     * @param shared the values shared with the other files of the same registry
     */
    static Contents read(Path file, Mapping top, List<Problem> problems, Canonical shared) {
        return new RegistryFileReader(file, problems, shared).read(top);
    }

    private Contents read(Mapping top) {
        List<Located<Commitment>> commitments = new ArrayList<>();
        List<Located<Progress>> progress = new ArrayList<>();
        Set<String> rejectedIds = new HashSet<>();
        Source source = top.mapping("source", Fields.SOURCE).map(this::source).orElse(null);
        if (!top.has("commitments") && !top.has("progress")) {
            top.problem("commitments", "the file declares no \"commitments\" and no \"progress\"");
        }
        for (Mapping entry : top.mappings("commitments", Fields.COMMITMENT)) {
            commitment(entry, source).ifPresentOrElse(
                    c -> commitments.add(Located.of(c, file, entry, Located.COMMITMENT_KEYS)),
                    () -> entry.text("id").ifPresent(rejectedIds::add));
        }
        for (Mapping entry : top.mappings("progress", Fields.PROGRESS)) {
            progress(entry).ifPresent(p -> progress.add(Located.of(p, file, entry, Located.PROGRESS_KEYS)));
        }
        return new Contents(commitments, progress, rejectedIds);
    }

    private Source source(Mapping m) {
        return new Source(m.text("title").orElse(null), m.text("publisher").orElse(null),
                m.date("published").map(shared::date).orElse(null));
    }

    private Optional<Commitment> commitment(Mapping m, Source source) {
        int before = problems.size();
        String id = m.required("id").filter(text -> matches(m, "id", text, ID,
                "ids are lower-case letters, digits and '-', starting with a letter or digit")).orElse(null);
        String title = m.required("title").orElse(null);
        Kind kind = m.required("kind").flatMap(text -> label(m, "kind", Kind.class, text)).orElse(null);
        List<String> parties = shared.texts(m.texts("parties"));
        if (parties.isEmpty()) {
            m.problem("parties", "missing required key \"parties\": name at least one party");
        }
        Period due = m.parsed("due", shared::period).orElse(null);
        boolean tentative = m.bool("tentative").orElse(false);
        Status status = m.text("status").flatMap(text -> label(m, "status", Status.class, text))
                .orElse(Status.PLANNED);
        Cadence recurs = m.parsed("recurs", shared::cadence).orElse(null);
        List<String> coordinators = m.addresses("coordinator");
        LocalDate announced = m.date("announced").map(shared::date)
                .or(() -> Optional.ofNullable(source).map(Source::published))
                .orElse(null);
        if (announced == null && !m.has("announced")) {
            m.problem("id", "no announcement date: give \"announced\" or the file's \"source.published\"");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Commitment(id, title, kind, parties, shared.texts(m.texts("invited")),
                shared.texts(m.texts("topics")), due,
                tentative, status, recurs, ids(m, "depends-on"), ids(m, "supersedes"), shared.texts(coordinators),
                m.text("quote").orElse(null), announced, source));
    }

    private Optional<Progress> progress(Mapping m) {
        int before = problems.size();
        String commitment = m.required("commitment").orElse(null);
        LocalDate date = m.required("date").flatMap(text -> m.date("date")).map(shared::date).orElse(null);
        ProgressKind kind = m.required("kind").flatMap(text -> label(m, "kind", ProgressKind.class, text))
                .orElse(null);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Progress(commitment, date, kind, m.text("note").orElse(null)));
    }

    private static List<String> ids(Mapping m, String key) {
        List<String> ids = m.texts(key);
        ids.stream().filter(id -> !ID.matcher(id).matches()).forEach(id -> m.problem(key,
                "\"" + id + "\" in \"" + key + "\" is not a commitment id"));
        return ids;
    }

    private static boolean matches(Mapping m, String key, String text, Pattern pattern, String rule) {
        if (pattern.matcher(text).matches()) {
            return true;
        }
        m.problem(key, "invalid " + key + " \"" + text + "\": " + rule);
        return false;
    }

    private static <E extends Enum<E>> Optional<E> label(Mapping m, String key, Class<E> type, String text) {
        Optional<E> value = Labels.parse(type, text);
        if (value.isEmpty()) {
            List<String> allowed = Labels.all(type);
            m.problem(key, "unknown " + key + " \"" + text + "\"" + DidYouMean.hint(text, allowed)
                    + "; one of: " + String.join(", ", allowed));
        }
        return value;
    }
}
