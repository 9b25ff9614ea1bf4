package io.pactwatch.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Action links without tokens, as the web console's would look: {@code BASE/a/ACTION/FINGERPRINT?to=RECIPIENT}.
 * What the digest does with links is under test here, not how they are signed.
 */
final class TestLinks implements ActionLinks {

    static final String BASE = "https://pactwatch.example.org/";

    private static Optional<URI> link(String path, String recipient) {
        return Optional.of(URI.create(BASE + path + "?to=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8)));
    }

    @Override
    public Optional<URI> acknowledge(String recipient, String fingerprint) {
        return link("a/ack/" + fingerprint, recipient);
    }

    @Override
    public Optional<URI> recordProgress(String recipient, String fingerprint) {
        return link("a/progress/" + fingerprint, recipient);
    }

    @Override
    public Optional<URI> openAlert(String recipient, String fingerprint) {
        return link("alerts/" + fingerprint, recipient);
    }

    @Override
    public Optional<URI> openCommitment(String recipient, String commitmentId) {
        return link("commitments/" + commitmentId, recipient);
    }

    @Override
    public Optional<URI> console(String recipient) {
        return link("", recipient);
    }
}
