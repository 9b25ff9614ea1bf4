package io.pactwatch.progress;

import io.pactwatch.yaml.YamlText;

import java.time.Instant;
import java.util.List;

/**
 * Stored progress as a registry file ({@code progress:} list), for teams that keep the registry in git: they add
 * the file, then clear the stored entries through the last exported id so that nothing is counted twice.
 */
public final class ProgressExport {

    private ProgressExport() {
    }

    /**
     * The registry YAML of {@code stored} (oldest first). Entries the files already state are left out (they
     * would be a duplicate there) but counted in the "through" id, since clearing them loses nothing.
     */
    public static String yaml(List<RecordedProgress> stored, ProgressHistory history, String command, Instant now) {
        StringBuilder out = new StringBuilder();
        long through = stored.stream().mapToLong(RecordedProgress::id).max().orElse(0);
        out.append("# Progress recorded in Pactwatch (web console, `").append(command)
                .append(" progress record`), exported ").append(now).append(".\n");
        if (stored.isEmpty()) {
            out.append("# Nothing is stored: there is nothing to fold back.\nprogress: []\n");
            return out.toString();
        }
        out.append("# Add this file to the registry, then run `").append(command).append(" progress clear --through ")
                .append(through).append("` so that nothing is counted twice.\n");
        List<RecordedProgress> inFiles = history.alsoInFiles();
        if (!inFiles.isEmpty()) {
            out.append("# Left out, already in the registry files: ").append(inFiles.size()).append(inFiles.size() == 1
                    ? " entry" : " entries").append(".\n");
        }
        out.append("progress:\n");
        boolean any = false;
        for (RecordedProgress entry : stored) {
            if (inFiles.contains(entry)) {
                continue;
            }
            any = true;
            out.append("  # ").append(entry.id()).append(": ").append(YamlText.comment(entry.provenance())).append('\n');
            out.append("  - commitment: ").append(entry.progress().commitment()).append('\n');
            out.append("    date: ").append(entry.progress().date()).append('\n');
            out.append("    kind: ").append(entry.progress().kind().label()).append('\n');
            if (entry.progress().note() != null) {
                out.append("    note: ").append(YamlText.quoted(entry.progress().note())).append('\n');
            }
        }
        if (!any) {
            out.setLength(out.length() - "progress:\n".length());
            out.append("progress: []\n");
        }
        return out.toString();
    }
}
