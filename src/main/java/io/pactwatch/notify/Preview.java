package io.pactwatch.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an evaluation would send, rendered into files and nothing else: the pass runs in a transaction that is
 * rolled back, so the ledger and the outbox are untouched.
 */
public final class Preview {

    private final Evaluation evaluation;
    private final Templates templates;
    private final String command;

    public Preview(Evaluation evaluation, Templates templates, String command) {
        this.evaluation = evaluation;
        this.templates = templates;
        this.command = command;
    }

    /**
     * Writes {@code <recipient>.html} and {@code <recipient>.eml} per digest into {@code directory}.
     *
     * @param onlyTo when not null, only that recipient's digest
     * @return the files written
     */
    public List<Path> render(LocalDate asOf, String onlyTo, Path directory) {
        Evaluation.Result result = evaluation.dryRun(asOf);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (int i = 0; i < result.digests().size(); i++) {
                Digest digest = result.digests().get(i);
                if (onlyTo != null && !onlyTo.equalsIgnoreCase(digest.recipient())) {
                    continue;
                }
                String base = asOf + "-" + digest.recipient().replaceAll("[^A-Za-z0-9._@-]", "_");
                written.add(Files.writeString(directory.resolve(base + ".html"),
                        templates.html(DigestView.of(digest, command)), StandardCharsets.UTF_8));
                written.add(Files.writeString(directory.resolve(base + ".eml"), result.messages().get(i).raw(),
                        StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
