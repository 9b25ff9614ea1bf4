package io.pactwatch.cli;

import io.pactwatch.app.Application;
import io.pactwatch.model.Counted;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.progress.ProgressExport;
import io.pactwatch.progress.ProgressHistory;
import io.pactwatch.progress.RecordedProgress;
import io.pactwatch.registry.ProgressValidation;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code pactwatch progress record|list|export|clear}: progress recorded in Pactwatch's database (as the web
 * console does), and its way back into the registry files; through the running daemon's API when one runs.
 */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Record progress in the database, list it, export it as registry YAML and clear what was folded back.",
        subcommands = {ProgressCommand.Record.class, ProgressCommand.ListProgress.class, ProgressCommand.Export.class,
                ProgressCommand.Clear.class})
final class ProgressCommand {

    /** The origin stored with what this command records. */
    static final String ORIGIN = "cli";

    private ProgressCommand() {
    }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Record that something happened to a commitment; the next evaluation counts it.")
    static final class Record extends Subcommand {

        @Mixin
        DaemonOption daemon;

        @Parameters(paramLabel = "COMMITMENT-ID")
        private String commitment;

        @Option(names = "--kind", required = true, paramLabel = "KIND",
                description = "confirmed, held, reported, postponed, cancelled, terminated, signed or note.")
        private String kind;

        @Option(names = "--on", required = true, paramLabel = "DATE", description = "When it happened, YYYY-MM-DD.")
        private LocalDate on;

        @Option(names = "--note", paramLabel = "TEXT", description = "Free text.")
        private String note;

        @Option(names = "--by", paramLabel = "NAME", description = "Who records it (default: $USER, else your login name).")
        private String by;

        @Override
        public Integer call() {
            var parsed = ProgressValidation.kind(kind);
            try (Service service = Service.open(this, daemon.url)) {
                RecordedProgress entry = service.coordination().recordProgress(commitment, parsed, on, note,
                        by != null ? by : main().user(err()), ORIGIN);
                out().println("progress " + entry.id() + ": " + commitment + " " + parsed.label() + " on " + on + ", "
                        + entry.provenance() + "; the next evaluation counts it");
                return Main.OK;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print a commitment's progress, from the files and the database, with where each comes from.")
    static final class ListProgress extends Subcommand {

        @Mixin
        DaemonOption daemon;

        @Parameters(paramLabel = "COMMITMENT-ID")
        private String commitment;

        @Override
        public Integer call() {
            try (Service service = Service.open(this, daemon.url)) {
                Table table = new Table("DATE", "KIND", "FROM", "NOTE");
                for (RecordedProgress entry : service.coordination().progress(commitment)) {
                    table.row(entry.progress().date(), entry.progress().kind().label(), entry.provenance(),
                            entry.progress().note());
                }
                table.print(out());
                return Main.OK;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the stored progress as a registry file, to fold into the registry.")
    static final class Export extends Subcommand {

        @Mixin
        DaemonOption daemon;

        @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: standard output).")
        private Path file;

        @Override
        public Integer call() {
            Registry files = RegistryLoader.load(settings().registry());
            try (Service service = Service.open(this, daemon.url)) {
                List<RecordedProgress> stored = service.coordination().storedProgress();
                String yaml = ProgressExport.yaml(stored, ProgressHistory.of(files, stored), Application.COMMAND,
                        main().clock().instant());
                if (file == null) {
                    out().print(yaml);
                } else {
                    write(file, yaml);
                    err().println("wrote " + Counted.of(stored.size(), "stored progress entry", "stored progress entries")
                            + " to " + file + "; add it to the registry, then clear them as its first lines say");
                }
                return Main.OK;
            }
        }

        /** Through a temporary file and a rename: a crash leaves the old file or the new one, never half of one. */
        private static void write(Path file, String text) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path temporary = Files.createTempFile(parent, ".export-", ".yaml");
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new InvalidInputException("progress export", List.of(Problem.at(file, 0,
                        "cannot write it (" + e.getMessage() + "); choose a writable place with --out")));
            }
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true,
            description = "Delete stored progress through an id, once the registry files state it (after export).")
    static final class Clear extends Subcommand {

        @Mixin
        DaemonOption daemon;

        @Option(names = "--through", required = true, paramLabel = "ID", description = "The last id to delete.")
        private long through;

        @Option(names = "--even-if-not-in-files",
                description = "Delete entries that the registry files do not state yet (they are lost).")
        private boolean force;

        @Override
        public Integer call() {
            try (Service service = Service.open(this, daemon.url)) {
                int cleared = service.coordination().clearProgress(through, force);
                out().println("cleared " + Counted.of(cleared, "stored progress entry", "stored progress entries")
                        + " (ids up to " + through + ")");
                return Main.OK;
            }
        }
    }
}
