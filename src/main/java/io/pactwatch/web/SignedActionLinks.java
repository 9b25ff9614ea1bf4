package io.pactwatch.web;

import io.pactwatch.config.WebSettings;
import io.pactwatch.notify.ActionLinks;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** {@link ActionLinks} to this console, each signed for its recipient and valid for {@code web.token-days}. */
public final class SignedActionLinks implements ActionLinks {

    private final String base;
    private final TokenSigner signer;
    private final WebSettings web;

    private SignedActionLinks(String base, TokenSigner signer, WebSettings web) {
        this.base = base;
        this.signer = signer;
        this.web = web;
    }

    /**
     * The links for the configured console, or {@link ActionLinks#none()} when {@code web.base-url} is unset.
     *
     * @throws io.pactwatch.model.InvalidInputException when the base URL is set but the key is missing
     */
    public static ActionLinks of(WebSettings web, Map<String, String> env, Clock clock) {
        if (web.baseUrl().isEmpty()) {
            return ActionLinks.none();
        }
        SecureRandom random = new SecureRandom();
        return new SignedActionLinks(web.baseUrl().get(), WebKeys.signer(web, env, clock, random), web);
    }

    @Override
    public Optional<URI> acknowledge(String recipient, String fingerprint) {
        return link("/act/acknowledge/", recipient, Action.ACKNOWLEDGE, fingerprint);
    }

    @Override
    public Optional<URI> recordProgress(String recipient, String fingerprint) {
        return link("/act/progress/", recipient, Action.RECORD_PROGRESS, fingerprint);
    }

    @Override
    public Optional<URI> openAlert(String recipient, String fingerprint) {
        return link("/act/open-alert/", recipient, Action.OPEN_ALERT, fingerprint);
    }

    @Override
    public Optional<URI> openCommitment(String recipient, String commitmentId) {
        return link("/act/open-commitment/", recipient, Action.OPEN_COMMITMENT, commitmentId);
    }

    /** The attention page; it asks the recipient to sign in when they are not. */
    @Override
    public Optional<URI> console(String recipient) {
        return Optional.of(URI.create(base + "/"));
    }

    private Optional<URI> link(String path, String recipient, Action action, String target) {
        return Optional.of(URI.create(base + path + signer.sign(Access.normalise(recipient), action, target,
                web.tokenLife())));
    }
}
