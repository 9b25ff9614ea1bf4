package io.pactwatch.synthetic;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How {@link RegistryGenerator} writes its entries: YAML as coordinators write registries, or JSON Lines (one
 * object per line, progress lines after the commitments), so that load times of the two can be compared on the
 * same facts (docs/benchmarks.md).
 */
public enum RegistryFormat {

    YAML(".yaml") {
        /** The keys written in double quotes: their values may contain ':' or start like a number. */
        private static final Set<String> QUOTED = Set.of("title", "due");

        @Override
        String commitmentsHeader() {
            return "commitments:\n";
        }

        @Override
        String progressHeader() {
            return "progress:\n";
        }

        @Override
        void commitment(StringBuilder out, Map<String, Object> fields) {
            String indent = "  - ";
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                out.append(indent).append(field.getKey()).append(": ");
                if (field.getValue() instanceof List<?> list) {
                    out.append('[').append(String.join(", ", list.stream().map(Object::toString).toList())).append(']');
                } else if (QUOTED.contains(field.getKey())) {
                    out.append('"').append(field.getValue()).append('"');
                } else {
                    out.append(field.getValue());
                }
                out.append('\n');
                indent = "    ";
            }
        }

        @Override
        void progress(StringBuilder out, Map<String, Object> fields) {
            out.append("  - {");
            String separator = "";
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                out.append(separator).append(field.getKey()).append(": ").append(field.getValue());
                separator = ", ";
            }
            out.append("}\n");
        }
    },

    JSONL(".jsonl") {
        @Override
        String commitmentsHeader() {
            return "";
        }

        @Override
        String progressHeader() {
            return "";
        }

        @Override
        void commitment(StringBuilder out, Map<String, Object> fields) {
            out.append('{');
            String separator = "";
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                out.append(separator);
                string(out, field.getKey()).append(": ");
                if (field.getValue() instanceof List<?> list) {
                    out.append('[');
                    for (int i = 0; i < list.size(); i++) {
                        string(out.append(i == 0 ? "" : ", "), list.get(i).toString());
                    }
                    out.append(']');
                } else if (field.getValue() instanceof Boolean b) {
                    out.append(b);
                } else {
                    string(out, field.getValue().toString());
                }
                separator = ", ";
            }
            out.append("}\n");
        }

        @Override
        void progress(StringBuilder out, Map<String, Object> fields) {
            commitment(out, fields);
        }

        private StringBuilder string(StringBuilder out, String text) {
            out.append('"');
            JsonStringEncoder.getInstance().quoteAsString(text, out);
            return out.append('"');
        }
    };

    private final String extension;

    RegistryFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    abstract String commitmentsHeader();

    abstract String progressHeader();

    /** Appends one commitment; list values are {@code List}s, a flag a {@code Boolean}, the rest text. */
    abstract void commitment(StringBuilder out, Map<String, Object> fields);

    abstract void progress(StringBuilder out, Map<String, Object> fields);
}
