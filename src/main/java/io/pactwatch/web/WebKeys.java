package io.pactwatch.web;

import io.pactwatch.config.WebSettings;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The link-signing key, from the environment variable {@code web.key-env} names (and, while rotating, the one
 * named with {@code _PREVIOUS} appended). Without a base URL and without the variable, a random key lives only
 * in this process: sign-in links still work (they are made by the running daemon) and nothing else needs one.
 */
public final class WebKeys {

    static final String PREVIOUS = "_PREVIOUS";

    private WebKeys() {
    }

    /** @throws InvalidInputException when links are on and the key is missing or too short */
    static TokenSigner signer(WebSettings web, java.util.Map<String, String> env, Clock clock, SecureRandom random) {
        String key = env.get(web.keyEnv());
        if (key == null || key.isEmpty()) {
            if (web.baseUrl().isPresent()) {
                throw problem("web.base-url is set, so digests carry signed links, but the environment variable "
                        + web.keyEnv() + " (web.key-env) that holds their key is not set: set it to a random text"
                        + " of at least " + TokenSigner.MIN_KEY_BYTES + " characters, e.g. `openssl rand -base64 48`");
            }
            byte[] ephemeral = new byte[TokenSigner.MIN_KEY_BYTES * 2];
            random.nextBytes(ephemeral);
            return new TokenSigner(ephemeral, List.of(), clock, random);
        }
        List<byte[]> previous = new ArrayList<>();
        String old = env.get(web.keyEnv() + PREVIOUS);
        if (old != null && !old.isEmpty()) {
            previous.add(checked(web.keyEnv() + PREVIOUS, old));
        }
        return new TokenSigner(checked(web.keyEnv(), key), previous, clock, random);
    }

    private static byte[] checked(String variable, String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < TokenSigner.MIN_KEY_BYTES) {
            // The length only, never the key.
            throw problem("the key in " + variable + " is too short: HMAC-SHA256 needs at least "
                    + TokenSigner.MIN_KEY_BYTES + " characters (it has " + bytes.length + ")");
        }
        return bytes;
    }

    private static InvalidInputException problem(String message) {
        return new InvalidInputException("web", List.of(Problem.at(Path.of("config"), 0, message)));
    }
}
