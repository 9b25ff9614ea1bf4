package io.pactwatch.notify;

import java.util.Optional;

/**
 * The addresses a digest links to so that its recipient can act from the inbox: each carries a signed, expiring
 * token bound to that recipient (docs/web.md). {@link #none()} when {@code web.base-url} is unset: digests then
 * keep the CLI commands.
 */
public interface ActionLinks {

    /** The confirmation page acknowledging one alert. */
    Optional<String> acknowledge(String recipient, String fingerprint);

    /** The form recording progress on the commitment of one alert. */
    Optional<String> recordProgress(String recipient, String fingerprint);

    /** The console's page of one alert. */
    Optional<String> openAlert(String recipient, String fingerprint);

    /** The console's page of one commitment. */
    Optional<String> openCommitment(String recipient, String commitmentId);

    /** No links: the console has no public address. */
    static ActionLinks none() {
        return new ActionLinks() {
            @Override
            public Optional<String> acknowledge(String recipient, String fingerprint) {
                return Optional.empty();
            }

            @Override
            public Optional<String> recordProgress(String recipient, String fingerprint) {
                return Optional.empty();
            }

            @Override
            public Optional<String> openAlert(String recipient, String fingerprint) {
                return Optional.empty();
            }

            @Override
            public Optional<String> openCommitment(String recipient, String commitmentId) {
                return Optional.empty();
            }
        };
    }
}
