package io.pactwatch.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a notifying pass would send, rendered into files and nothing else: the pass's stages but enqueue run in a
 * transaction that is rolled back, so the ledger and the outbox are untouched.
 */
public final class Preview {

    private final NotifyingPass pass;

    public Preview(NotifyingPass pass) {
        this.pass = pass;
    }

    /**
     * Writes {@code <recipient>.html} and {@code <recipient>.eml} per digest into {@code directory}.
     *
     * @param onlyTo when not null, only that recipient's digest
     * @return the files written
     */
    public List<Path> render(LocalDate asOf, String onlyTo, Path directory) {
        NotifyingPass.Result result = pass.dryRun(asOf);
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
                        html(result.messages().get(i).raw()), StandardCharsets.UTF_8));
                written.add(Files.writeString(directory.resolve(base + ".eml"), result.messages().get(i).raw(),
                        StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** The text/html part of a composed message: the preview shows exactly what would be sent. */
    static String html(String raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
            return html(message).orElseThrow(() -> new IllegalStateException("a digest without an HTML part"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read back a composed digest: " + e, e);
        }
    }

    private static Optional<String> html(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            return Optional.of((String) part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> found = html(multipart.getBodyPart(i));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
