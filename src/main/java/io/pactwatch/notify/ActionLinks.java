package io.pactwatch.notify;

import java.net.URI;
import java.util.Optional;

/**
 * The addresses a digest links to, one per recipient and action: opening one shows a confirmation page in the web
 * console (a GET never changes anything); the action happens on that page's POST. Implemented by the web console
 * with signed, expiring tokens that bind the recipient, the action and the alert or commitment; {@link #none()}
 * when {@code web.base-url} is not set, and the digest then shows the CLI commands instead.
 */
public interface ActionLinks {

    /** Acknowledge the alert with this fingerprint, as {@code recipient}. */
    Optional<URI> acknowledge(String recipient, String fingerprint);

    /** Record progress on the alert's commitment, as {@code recipient}. */
    Optional<URI> recordProgress(String recipient, String fingerprint);

    /** The alert's page in the console. */
    Optional<URI> openAlert(String recipient, String fingerprint);

    /** The commitment's page in the console. */
    Optional<URI> openCommitment(String recipient, String commitmentId);

    /** The console's attention page (every firing alert): where a digest over its size budget sends the rest. */
    Optional<URI> console(String recipient);

    /** No links: the web console's address is not configured. */
    static ActionLinks none() {
        return None.INSTANCE;
    }

    /** Whether this gives links at all. */
    default boolean enabled() {
        return this != None.INSTANCE;
    }

    /** The {@link #none()} links. */
    enum None implements ActionLinks {
        INSTANCE;

        @Override
        public Optional<URI> acknowledge(String recipient, String fingerprint) {
            return Optional.empty();
        }

        @Override
        public Optional<URI> recordProgress(String recipient, String fingerprint) {
            return Optional.empty();
        }

        @Override
        public Optional<URI> openAlert(String recipient, String fingerprint) {
            return Optional.empty();
        }

        @Override
        public Optional<URI> openCommitment(String recipient, String commitmentId) {
            return Optional.empty();
        }

        @Override
        public Optional<URI> console(String recipient) {
            return Optional.empty();
        }
    }
}
