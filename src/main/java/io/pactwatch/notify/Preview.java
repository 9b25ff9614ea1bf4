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
 * What a notifying pass would send, rendered into files and nothing else: the pass's stages but enqueue run in a transaction that is
 * rolled back, so the ledger and the outbox are untouched.
 */
public final class Preview {

    private final NotifyingPass pass;

    public Preview(NotifyingPass pass) {
        this.pass = pass;
    }

    /** One digest as it would be sent: its recipient, the composed RFC 5322 message and its HTML part. */
    public record Rendered(String recipient, String eml, String html) {
    }

    /**
     * The digests a notifying pass as of {@code asOf} would send, nothing stored.
     *
     * @param onlyTo when not null, only that recipient's digest (compared without case)
     */
    public List<Rendered> digests(LocalDate asOf, String onlyTo) {
        NotifyingPass.Result result = pass.dryRun(asOf);
        List<Rendered> rendered = new ArrayList<>();
        for (int i = 0; i < result.digests().size(); i++) {
            Digest digest = result.digests().get(i);
            if (onlyTo == null || onlyTo.equalsIgnoreCase(digest.recipient())) {
                String raw = result.messages().get(i).raw();
                rendered.add(new Rendered(digest.recipient(), raw, html(raw)));
            }
        }
        return rendered;
    }

    /**
     * Writes {@code <as-of>-<recipient>.html} and {@code .eml} per digest into {@code directory}.
     *
     * @return the files written
     */
    public static List<Path> write(List<Rendered> digests, LocalDate asOf, Path directory) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Rendered digest : digests) {
                String base = asOf + "-" + digest.recipient().replaceAll("[^A-Za-z0-9._@-]", "_");
                written.add(Files.writeString(directory.resolve(base + ".html"), digest.html(),
                        StandardCharsets.UTF_8));
                written.add(Files.writeString(directory.resolve(base + ".eml"), digest.eml(),
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
