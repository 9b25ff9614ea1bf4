package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Labels;
import io.pactwatch.model.Problem;
import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.yaml.DidYouMean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The checks a progress entry passes, wherever it comes from: a registry file ({@link CrossCheck},
 * {@link EntryReader}) or the web console and {@code pactwatch progress record}. One set of checks, one wording.
 */
public final class ProgressValidation {

    /** Where problems of progress recorded outside the files are reported. */
    public static final Path RECORDED = Path.of("progress");

    private ProgressValidation() {
    }

    /**
     * Parses a kind as the registry spells it ({@code held}, {@code postponed}, ...).
     *
     * @throws InvalidInputException naming the kinds there are
     */
    public static ProgressKind kind(String text) {
        Optional<ProgressKind> kind = Labels.parse(ProgressKind.class, text);
        if (kind.isEmpty()) {
            throw rejected(List.of(unknownLabel("kind", ProgressKind.class, text)));
        }
        return kind.get();
    }

    /**
     * Checks progress recorded outside the files against the registry, as the files' progress is checked.
     *
     * @throws InvalidInputException listing every problem
     */
    public static void check(Registry registry, Progress progress) {
        List<String> problems = new ArrayList<>();
        Optional<Commitment> target = registry.commitment(progress.commitment());
        if (target.isEmpty()) {
            problems.add(unknownId(progress.commitment(), ids(registry)));
        } else {
            beforeAnnouncement(progress, target.get()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
    }

    /**
     * The commitment progress is recorded for.
     *
     * @throws InvalidInputException when the registry has none with this id (suggesting the closest)
     */
    public static Commitment commitment(Registry registry, String id) {
        return registry.commitment(id).orElseThrow(() -> rejected(List.of(unknownId(id, ids(registry)))));
    }

    private static List<String> ids(Registry registry) {
        return registry.commitments().stream().map(Commitment::id).toList();
    }

    static String unknownId(String id, Collection<String> known) {
        return "no commitment has the id \"" + id + "\"" + DidYouMean.hint(id, known);
    }

    static Optional<String> beforeAnnouncement(Progress progress, Commitment target) {
        return progress.date().isBefore(target.announced())
                ? Optional.of("progress dated " + progress.date() + " is before \"" + target.id()
                        + "\" was announced (" + target.announced() + "); fix the date or the announcement")
                : Optional.empty();
    }

    static <E extends Enum<E>> String unknownLabel(String key, Class<E> type, String text) {
        List<String> allowed = Labels.all(type);
        return "unknown " + key + " \"" + text + "\"" + DidYouMean.hint(text, allowed)
                + "; one of: " + String.join(", ", allowed);
    }

    private static InvalidInputException rejected(List<String> messages) {
        return new InvalidInputException("progress", messages.stream().map(m -> Problem.at(RECORDED, 0, m)).toList());
    }
}
