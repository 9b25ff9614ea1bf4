package io.pactwatch.notify;

import io.pactwatch.ledger.Fingerprint;
import io.pactwatch.model.EmailAddress;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes each message as {@code <name>.eml} (RFC 5322 text any mail client opens) into a directory: the embedded
 * default, so that Pactwatch runs with no mail server. Written to a temporary file then moved, so that a reader
 * never sees half a message; the temporary file is removed when either step fails.
 */
public final class FileTransport implements Transport {

    /** File names stay well under the 255 bytes most file systems allow, whatever the message's name. */
    static final int MAX_NAME = 120;
    /**
     * A message is written under this prefix and moved into place atomically once complete; a file so named that
     * remains is one a killed process did not finish, never a delivered message (its message is sent again).
     */
    static final String PARTIAL_PREFIX = ".writing-";
    private static final int HASH_LENGTH = 16;

    private final Path directory;

    public FileTransport(Path directory) {
        this.directory = directory;
    }

    @Override
    public Batch open() {
        return new Batch() {
            @Override
            public SendResult send(Envelope envelope) {
                Optional<String> bad = EmailAddress.problem(envelope.recipient());
                if (bad.isPresent()) {
                    return SendResult.rejected(bad.get());
                }
                Path temp;
                try {
                    Files.createDirectories(directory);
                    temp = Files.createTempFile(directory, PARTIAL_PREFIX, ".eml");
                } catch (IOException e) {
                    // A missing permission or a full disk: the admin must act, no retry will help meanwhile.
                    return SendResult.misconfigured("cannot write to " + directory + ": " + e);
                }
                Path target = directory.resolve(fileName(envelope.name()));
                try {
                    Files.writeString(temp, envelope.raw(), StandardCharsets.US_ASCII);
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return SendResult.sent("written to " + target);
                } catch (CharacterCodingException e) {
                    return SendResult.rejected("the message is not ASCII text, as RFC 5322 requires; it cannot be"
                            + " written");
                } catch (IOException e) {
                    return SendResult.misconfigured("cannot write " + target + ": " + e);
                } finally {
                    try {
                        Files.deleteIfExists(temp);
                    } catch (IOException ignored) {
                        // already failing, or moved: nothing more to do
                    }
                }
            }

            @Override
            public void close() {
                // nothing held open
            }
        };
    }

    /** A safe name: odd characters replaced, and a long one shortened, its hash keeping it distinct. */
    static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._@-]", "_");
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(0, MAX_NAME - HASH_LENGTH - 1) + "-" + Fingerprint.hash(name, HASH_LENGTH);
        }
        return safe + ".eml";
    }

    @Override
    public String describe() {
        return "file " + directory;
    }
}
