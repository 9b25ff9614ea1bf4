package io.pactwatch.extract;

import io.pactwatch.model.Period;
import io.pactwatch.model.Status;
import io.pactwatch.period.Periods;
import io.pactwatch.period.UnreadablePeriodException;
import io.pactwatch.yaml.YamlText;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes an {@link Extraction} as a registry file for review: valid for {@code commitments validate} as it is,
 * every draft {@code status: proposed}, a {@code # review:} comment on every guessed field, article text quoted
 * and escaped (it is untrusted).
 */
public final class DraftWriter {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*");

    private DraftWriter() {
    }

    public static void write(Extraction extraction, String articleName, PrintWriter out) {
        out.println("# Draft commitments read by `pactwatch extract` from " + YamlText.comment(articleName) + ".");
        out.println("# Check every field marked \"review\", correct or delete it, merge repeats, set the status; then");
        out.println("# run `pactwatch commitments validate` and move the file into the registry.");
        if (!extraction.dateline().isEmpty()) {
            out.println("# Dateline: " + YamlText.comment(extraction.dateline()));
        }
        for (String fact : extraction.context()) {
            out.println("# Context, not a commitment (may be the supersedes or context of a draft): " + YamlText.comment(fact));
        }
        out.println("source:");
        extraction.title().ifPresentOrElse(
                t -> field(out, "  title: ", YamlText.quoted(t), "the first line before the dateline that reads like a headline"),
                () -> out.println("  # review: no headline found; add a title"));
        extraction.publisher().ifPresentOrElse(
                p -> field(out, "  publisher: ", YamlText.quoted(p), "as the dateline names it"),
                () -> out.println("  # review: no publisher found in the dateline; add one"));
        out.println("  published: " + extraction.published() + "  # review: " + YamlText.comment(extraction.dateNote()));
        if (extraction.drafts().isEmpty()) {
            out.println("commitments: []  # review: no sentence announced something to be done");
            return;
        }
        out.println("commitments:");
        for (Draft draft : extraction.drafts()) {
            writeDraft(draft, out);
        }
    }

    private static void writeDraft(Draft d, PrintWriter out) {
        Map<String, String> review = d.review();
        out.println();
        field(out, "  - id: ", d.id(), review.get("id"));
        field(out, "    title: ", YamlText.quoted(d.title()), review.get("title"));
        field(out, "    kind: ", d.kind().label(), review.get("kind"));
        field(out, "    parties: ", names(d.parties()), review.get("parties"));
        if (!d.invited().isEmpty()) {
            field(out, "    invited: ", names(d.invited()), review.get("invited"));
        }
        if (d.due() != null) {
            field(out, "    due: ", YamlText.quoted(due(d)), review.get("due"));
        }
        if (d.tentative()) {
            field(out, "    tentative: ", "true", review.get("tentative"));
        }
        field(out, "    status: ", Status.PROPOSED.label(), null);
        field(out, "    quote: ", YamlText.quoted(d.quote()), null);
        for (String repeat : d.repeats()) {
            out.println("    # review: " + YamlText.comment("also said, merged into this draft: " + repeat));
        }
    }

    /**
     * The period in a form the registry accepts ({@link Periods#parse} never guesses): the words of the article when
     * they are absolute ("first half of 2019"), else the TIMEX3 value ("2019"), else the range.
     */
    static String due(Draft d) {
        Period resolved = d.due().period();
        for (String form : List.of(d.dueText(), d.due().value(), resolved.range())) {
            try {
                Period read = Periods.parse(form);
                if (read.start().equals(resolved.start()) && read.end().equals(resolved.end())) {
                    return form;
                }
            } catch (UnreadablePeriodException e) {
                // not an absolute form: try the next
            }
        }
        return resolved.range();
    }

    private static String names(List<String> names) {
        return names.stream().map(n -> PLAIN_NAME.matcher(n).matches() ? n : YamlText.quoted(n))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static void field(PrintWriter out, String key, String value, String note) {
        out.println(key + value + (note == null ? "" : "  # review: " + YamlText.comment(note)));
    }
}
