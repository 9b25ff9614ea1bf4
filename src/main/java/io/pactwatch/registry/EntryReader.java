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

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The field checks of a registry entry, shared by every file format (YAML, JSON Lines, CSV): turns an
 * {@link Entry} into a commitment, a progress entry or a source, reporting each bad field.
 */
final class EntryReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final List<Problem> problems;
    private final Canonical shared;

    /**
     * @param problems where the entries' problems are reported; the entries' counts are read from it
     * @param shared   the values shared with the other entries of the same registry
     */
    EntryReader(List<Problem> problems, Canonical shared) {
        this.problems = problems;
        this.shared = shared;
    }

    Source source(Entry m) {
        return new Source(m.text("title").orElse(null), m.text("publisher").orElse(null),
                m.date("published").map(shared::date).orElse(null));
    }

    /** The commitment, or empty when a field has a problem (reported). */
    Optional<Commitment> commitment(Entry m, Source source) {
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
                shared.texts(m.texts("topics")), due, tentative, status, recurs, ids(m, "depends-on"),
                ids(m, "supersedes"), shared.texts(coordinators),
                m.text("quote").orElse(null), announced, source));
    }

    /** The progress entry, or empty when a field has a problem (reported). */
    Optional<Progress> progress(Entry m) {
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

    private static List<String> ids(Entry m, String key) {
        List<String> ids = m.texts(key);
        ids.stream().filter(id -> !ID.matcher(id).matches()).forEach(id -> m.problem(key,
                "\"" + id + "\" in \"" + key + "\" is not a commitment id"));
        return ids;
    }

    private static boolean matches(Entry m, String key, String text, Pattern pattern, String rule) {
        if (pattern.matcher(text).matches()) {
            return true;
        }
        m.problem(key, "invalid " + key + " \"" + text + "\": " + rule);
        return false;
    }

    private static <E extends Enum<E>> Optional<E> label(Entry m, String key, Class<E> type, String text) {
        Optional<E> value = Labels.parse(type, text);
        if (value.isEmpty()) {
            m.problem(key, ProgressValidation.unknownLabel(key, type, text));
        }
        return value;
    }
}
