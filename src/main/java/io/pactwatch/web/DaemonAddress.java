package io.pactwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the CLI finds the daemon that runs for its home (docs/web.md, "CLI and daemon"): the daemon writes
 * {@code daemon.json} (its URL and process id) and {@code api.token} (a random bearer token, mode 0600, so only
 * the service user can act through the API) into {@code web.state-directory}, and removes them when it stops.
 * A file left by a daemon that died is ignored: its process id is no longer alive.
 */
public final class DaemonAddress {

    static final String ADDRESS_FILE = "daemon.json";
    static final String TOKEN_FILE = "api.token";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A running daemon's API: where, and the token to send. */
    public record Found(String url, String token) {
    }

    private final Path directory;
    private final String token;

    private DaemonAddress(Path directory, String token) {
        this.directory = directory;
        this.token = token;
    }

    static DaemonAddress create(Path directory, SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new DaemonAddress(directory, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    String token() {
        return token;
    }

    void write(String url) {
        try {
            Files.createDirectories(directory);
            Path tokenFile = directory.resolve(TOKEN_FILE);
            Files.deleteIfExists(tokenFile);
            // Created with owner-only permissions, never readable by others even for an instant.
            Files.createFile(tokenFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(tokenFile, token, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            Path temporary = directory.resolve(ADDRESS_FILE + ".tmp");
            Files.writeString(temporary, JSON.writeValueAsString(Map.of("url", url, "pid",
                    ProcessHandle.current().pid())));
            Files.move(temporary, directory.resolve(ADDRESS_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the daemon's address into " + directory
                    + " (web.state-directory): " + e.getMessage(), e);
        }
    }

    void remove() {
        try {
            Files.deleteIfExists(directory.resolve(ADDRESS_FILE));
            Files.deleteIfExists(directory.resolve(TOKEN_FILE));
        } catch (IOException e) {
            // a stale file is ignored by the CLI (the process id is gone)
        }
    }

    /** The daemon running for this state directory, if one is. */
    public static Optional<Found> find(Path directory) {
        Path address = directory.resolve(ADDRESS_FILE);
        Path tokenFile = directory.resolve(TOKEN_FILE);
        if (!Files.isRegularFile(address) || !Files.isReadable(tokenFile)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(address));
            long pid = node.path("pid").asLong(-1);
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(new Found(node.path("url").asText(),
                        Files.readString(tokenFile, StandardCharsets.US_ASCII).strip()));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
