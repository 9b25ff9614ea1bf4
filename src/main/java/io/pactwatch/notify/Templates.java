package io.pactwatch.notify;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.SafeMustacheFactory;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.PlainText;
import io.pactwatch.model.Problem;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The digest's two Mustache templates, from {@code config/templates/} where admins edit them. Both go through
 * {@link SafeMustacheFactory}: no triple mustaches (unescaped output), no partials outside the two files. The
 * HTML one escapes every value: titles and quotes come from news articles and may carry markup. The text one
 * writes values with no line break, control or bidi character in them ({@link PlainText}): a text/plain part has
 * no markup to break, but a line break in a title would forge a line of the digest.
 */
public final class Templates {

    public static final String TEXT = "digest.txt.mustache";
    public static final String HTML = "digest.html.mustache";

    private final Mustache text;
    private final Mustache html;

    private Templates(Mustache text, Mustache html) {
        this.text = text;
        this.html = html;
    }

    /** @throws InvalidInputException naming each template that is missing or does not compile */
    public static Templates load(Path directory) {
        if (!Files.isDirectory(directory)) {
            // mustache.java's factories throw an unchecked "does not exist" (exit 1) for a missing directory
            throw new InvalidInputException("templates in " + directory, List.of(Problem.at(directory, 0,
                    "template directory missing; restore config/templates/ from the Pactwatch distribution or set"
                            + " notify.templates")));
        }
        List<Problem> problems = new ArrayList<>();
        Mustache text = compile(new PlainTextFactory(directory), directory, TEXT, problems);
        Mustache html = compile(new SafeMustacheFactory(Set.of(TEXT, HTML), directory.toFile()), directory, HTML,
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("templates in " + directory, problems);
        }
        return new Templates(text, html);
    }

    private static Mustache compile(MustacheFactory factory, Path directory, String name, List<Problem> problems) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.at(file, 0, "template missing; restore it from the Pactwatch distribution"
                    + " (config/templates/)"));
            return null;
        }
        try {
            return factory.compile(name);
        } catch (MustacheException e) {
            problems.add(Problem.at(file, 0, "template does not compile: " + e.getMessage()));
            return null;
        }
    }

    public String text(Map<String, Object> view) {
        return render(text, view);
    }

    public String html(Map<String, Object> view) {
        return render(html, view);
    }

    private static String render(Mustache template, Map<String, Object> view) {
        StringWriter out = new StringWriter();
        template.execute(out, view);
        return out.toString();
    }

    /** Safe (no triple mustaches, no stray partials), values on one line, no HTML escaping: the text/plain part. */
    private static final class PlainTextFactory extends SafeMustacheFactory {

        PlainTextFactory(Path directory) {
            super(Set.of(TEXT, HTML), directory.toFile());
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(PlainText.neutral(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
