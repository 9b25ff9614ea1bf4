package io.pactwatch.cli;

import io.pactwatch.config.Settings;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Counted;
import io.pactwatch.model.Problem;
import io.pactwatch.progress.ProgressHistory;
import io.pactwatch.progress.RecordedProgress;
import io.pactwatch.registry.RegistryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code pactwatch commitments validate|list}: check and show the registry. */
@Command(name = "commitments", mixinStandardHelpOptions = true, description = "Check and show the registry.",
        subcommands = {CommitmentsCommand.Validate.class, CommitmentsCommand.ListCommitments.class})
final class CommitmentsCommand {

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check registry files; print every problem as file:line: message (exit 2 when any).")
    static final class Validate extends Subcommand {

        @Parameters(paramLabel = "PATH", arity = "0..*",
                description = "Registry files or directories (default: the configured registry).")
        private List<Path> paths;

        @Override
        public Integer call() {
            List<Path> targets = paths == null || paths.isEmpty()
                    ? List.of(settings().registry()) : paths;
            List<Problem> problems = RegistryLoader.validate(targets);
            if (problems.isEmpty()) {
                out().println("ok: " + Counted.of(RegistryLoader.load(targets).commitments().size(), "commitment")
                        + ", no problems");
                return Main.OK;
            }
            PrintWriter err = err();
            problems.forEach(err::println);
            err.println(Counted.of(problems.size(), "problem") + " found");
            return Main.BAD_INPUT;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print the commitments with their resolved periods and status.")
    static final class ListCommitments extends Subcommand {

        @Mixin
        private FormatOption format;

        @Override
        public Integer call() {
            Settings settings = settings();
            ProgressHistory history = StoredProgress.merged(settings, main(), RegistryLoader.load(settings.registry()),
                    err());
            Map<String, List<RecordedProgress>> progress = history.byCommitment();
            PrintWriter out = out();
            if (format.json()) {
                Json.printArray(out, history.registry().commitments().stream()
                        .map(c -> json(c, progress.getOrDefault(c.id(), List.of()))).toList());
                return Main.OK;
            }
            Table table = new Table("ID", "KIND", "STATUS", "DUE", "AS WRITTEN", "TITLE", "LATEST PROGRESS");
            for (Commitment c : history.registry().commitments()) {
                table.row(c.id(), c.kind().label(), c.status().label(), due(c), written(c), c.title(),
                        latest(progress.getOrDefault(c.id(), List.of())));
            }
            table.print(out);
            return Main.OK;
        }

        private static String due(Commitment c) {
            if (c.due() != null) {
                return c.due().range() + (c.tentative() ? " (tentative)" : "");
            }
            return c.recurs() != null ? "recurs" : "-";
        }

        private static String written(Commitment c) {
            if (c.due() != null) {
                return c.due().text();
            }
            return c.recurs() != null ? c.recurs().text() : "";
        }

        /** "2019-04-15 held (recorded by ana)", the last entry by date; empty when there is none. */
        private static String latest(List<RecordedProgress> progress) {
            if (progress.isEmpty()) {
                return "";
            }
            RecordedProgress last = progress.get(progress.size() - 1);
            return last.progress().date() + " " + last.progress().kind().label() + " (" + last.shortProvenance() + ")";
        }

        private static Map<String, Object> json(Commitment c, List<RecordedProgress> progress) {
            Map<String, Object> object = Json.object();
            object.put("id", c.id());
            object.put("title", c.title());
            object.put("kind", c.kind().label());
            object.put("status", c.status().label());
            object.put("parties", c.parties());
            object.put("start", c.due() == null ? null : c.due().start().toString());
            object.put("end", c.due() == null ? null : c.due().end().toString());
            object.put("due", c.due() == null ? null : c.due().text());
            object.put("tentative", c.tentative());
            object.put("recurs", c.recurs() == null ? null : c.recurs().text());
            object.put("announced", c.announced().toString());
            object.put("progress", progress.stream().map(ListCommitments::json).toList());
            return object;
        }

        private static Map<String, Object> json(RecordedProgress entry) {
            Map<String, Object> object = Json.object();
            object.put("date", entry.progress().date().toString());
            object.put("kind", entry.progress().kind().label());
            object.put("note", entry.progress().note());
            object.put("origin", entry.origin().label());
            object.put("by", entry.by());
            object.put("recordedAt", entry.recordedAt() == null ? null : entry.recordedAt().toString());
            object.put("id", entry.isStored() ? entry.id() : null);
            return object;
        }
    }
}
