package io.pactwatch.rules;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Cadence;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Doc;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Period;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.model.Severity;
import io.pactwatch.model.Source;
import io.pactwatch.model.Status;
import io.pactwatch.model.Succession;
import io.pactwatch.model.Today;
import io.pactwatch.yaml.DidYouMean;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The facts rule authors can match, read from the records themselves and their {@link Doc} annotations: the
 * source of the reference in docs/rules.md and of the "did you mean" in compile errors.
 */
public final class FactModel {

    /** Inserted into every evaluation session. */
    public static final List<Class<? extends Record>> FACTS =
            List.of(Commitment.class, Progress.class, Succession.class, Today.class, Policy.class, Alert.class);
    /** Reached through a fact's fields. */
    public static final List<Class<? extends Record>> VALUES = List.of(Period.class, Cadence.class, Source.class);
    public static final List<Class<? extends Enum<?>>> ENUMS =
            List.of(Kind.class, Status.class, ProgressKind.class, Severity.class);

    /** A field (record component) or a documented method of a fact type. */
    public record Member(String name, String type, String doc) {
    }

    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_METHOD = Pattern.compile("The method (\\w+)\\(.*?\\) is undefined for the type (\\w+)");

    private FactModel() {
    }

    public static List<Member> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> new Member(c.getName(), typeName(c.getGenericType().getTypeName()), doc(c)))
                .toList();
    }

    /** Documented public methods besides the record accessors, e.g. {@code isOpen()} read as {@code open}. */
    public static List<Member> methods(Class<? extends Record> type) {
        List<String> accessors = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.isAnnotationPresent(Doc.class))
                .filter(m -> !(m.getParameterCount() == 0 && accessors.contains(m.getName())))
                .sorted(Comparator.comparing(Method::getName))
                .map(m -> new Member(signature(m), typeName(m.getGenericReturnType().getTypeName()),
                        m.getAnnotation(Doc.class).value()))
                .toList();
    }

    public static String doc(Class<?> type) {
        Doc doc = type.getAnnotation(Doc.class);
        return doc == null ? "" : doc.value();
    }

    /** The reference tables of docs/rules.md, in Markdown. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        Stream.concat(FACTS.stream(), VALUES.stream()).forEach(type -> {
            md.append("### `").append(type.getSimpleName()).append("`").append(FACTS.contains(type) ? " (fact)" : "")
                    .append("\n\n").append(doc(type)).append("\n\n| field | type | meaning |\n|---|---|---|\n");
            fields(type).forEach(f -> row(md, f));
            List<Member> methods = methods(type);
            if (!methods.isEmpty()) {
                md.append("\n| method | returns | meaning |\n|---|---|---|\n");
                methods.forEach(m -> row(md, m));
            }
            md.append('\n');
        });
        md.append("### Enumerations\n\nIn DRL, name a value by its type: `kind == Kind.PLAN`. In files and output it is "
                + "written in lower case with `-` for `_`.\n\n| type | values |\n|---|---|\n");
        for (Class<? extends Enum<?>> type : ENUMS) {
            md.append("| `").append(type.getSimpleName()).append("` | ")
                    .append(Arrays.stream(type.getEnumConstants()).map(e -> "`" + e.name() + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return md.toString();
    }

    /**
     * A Drools compile message made readable: MVEL's multi-line excerpt folded into one line, and a "did you
     * mean" added when it names an unknown fact type or field.
     */
    static String explain(String message) {
        String text = String.valueOf(message)
                .replaceAll("\\[Near : \\{.*?}]", "")
                .replaceAll("\\[Line: \\d+, Column: \\d+]", "")
                .replaceAll("(?m)^\\s*\\^\\s*$", "")
                .replaceAll("[\\[\\]]", "")
                .replaceAll("\\s+", " ").strip();
        return text + hint(text).orElse("");
    }

    private static Optional<String> hint(String text) {
        Matcher type = UNKNOWN_TYPE.matcher(text);
        if (type.find()) {
            List<String> names = Stream.concat(FACTS.stream(), VALUES.stream()).map(Class::getSimpleName).toList();
            return Optional.of(DidYouMean.hint(type.group(1), names)).filter(h -> !h.isEmpty());
        }
        Matcher field = UNKNOWN_FIELD.matcher(text);
        if (field.find()) {
            return fieldHint(field.group(1), field.group(2));
        }
        Matcher method = UNKNOWN_METHOD.matcher(text);
        if (method.find()) {
            return fieldHint(method.group(2), method.group(1));
        }
        return Optional.empty();
    }

    private static Optional<String> fieldHint(String typeName, String field) {
        return Stream.concat(FACTS.stream(), VALUES.stream())
                .filter(t -> t.getName().equals(typeName) || t.getSimpleName().equals(typeName))
                .findFirst()
                .map(t -> DidYouMean.hint(field, Stream.concat(fields(t).stream().map(Member::name),
                        methods(t).stream().map(m -> m.name().replaceFirst("\\(.*", ""))).toList()))
                .filter(h -> !h.isEmpty());
    }

    private static void row(StringBuilder md, Member member) {
        md.append("| `").append(member.name()).append("` | `").append(member.type()).append("` | ")
                .append(member.doc()).append(" |\n");
    }

    private static String doc(RecordComponent component) {
        Doc doc = component.getAnnotation(Doc.class);
        return doc == null ? "" : doc.value();
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameters())
                .map(p -> typeName(p.getParameterizedType().getTypeName()) + " " + p.getName())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code java.util.List<java.lang.String>} → {@code List<String>}. */
    private static String typeName(String name) {
        return name.replaceAll("[\\w]+\\.", "").replace('$', '.');
    }
}
