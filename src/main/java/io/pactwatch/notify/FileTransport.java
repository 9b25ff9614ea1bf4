package io.pactwatch.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes each message as {@code <name>.eml} (RFC 5322 text any mail client opens) into a directory: the embedded
 * default, so that Pactwatch runs with no mail server. Written to a temporary file then moved, so that a reader
 * never sees half a message.
 */
public final class FileTransport implements Transport {

    private final Path directory;

    public FileTransport(Path directory) {
        this.directory = directory;
    }

    @Override
    public Batch open() {
        return new Batch() {
            @Override
            public SendResult send(Envelope envelope) {
                try {
                    Files.createDirectories(directory);
                    Path target = directory.resolve(envelope.name().replaceAll("[^A-Za-z0-9._@-]", "_") + ".eml");
                    Path temp = Files.createTempFile(directory, ".writing-", ".eml");
                    Files.writeString(temp, envelope.raw(), StandardCharsets.US_ASCII);
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return SendResult.sent("written to " + target);
                } catch (IOException e) {
                    // A full disk or a permission problem: the admin must act, no retry will help meanwhile.
                    return SendResult.misconfigured("cannot write to " + directory + ": " + e);
                }
            }

            @Override
            public void close() {
                // nothing held open
            }
        };
    }

    @Override
    public String describe() {
        return "file " + directory;
    }
}
