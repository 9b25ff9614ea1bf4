package io.pactwatch.ledger;

import io.pactwatch.model.Alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stable identity of an alert across evaluations: rule + commitment + the due date it concerns. The same
 * rule firing for a moved deadline is another alert (the old one resolves), as in Alertmanager, where a changed
 * label set is a new alert.
 */
public final class Fingerprint {

    /** Hex digits kept: 64 bits, short enough to type in {@code pactwatch ack}, far from colliding here. */
    public static final int LENGTH = 16;

    private Fingerprint() {
    }

    public static String of(Alert alert) {
        return hash(alert.rule() + '\u0000' + alert.commitment() + '\u0000' + alert.due(), LENGTH);
    }

    /** The first {@code digits} hex digits of the SHA-256 of {@code text}. */
    public static String hash(String text, int digits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, digits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static boolean looksLikeOne(String text) {
        return text.matches("[0-9a-f]{" + LENGTH + "}");
    }
}
