package io.pactwatch.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The web console, the JSON API and the links in digests ({@code web:}; docs/web.md). Defaults are the named
 * constants below.
 *
 * @param baseUrl        the console's public address, without a trailing slash; empty: digests carry no links
 * @param keyEnv         the environment variable holding the HMAC key that signs links
 * @param auth           how people sign in
 * @param proxyHeader    with {@link Auth#PROXY_HEADER}: the header carrying the signed-in address
 * @param trustedProxies with {@link Auth#PROXY_HEADER}: the only peer addresses whose header is believed
 * @param tokenLife      how long a link in a digest stays valid
 * @param signInLife     how long a sign-in link stays valid (it works once)
 * @param signInPerHour  how many sign-in links one address may be sent per hour
 * @param sessionIdle    a session ends after this long without a request
 * @param idleTimeout    a connection that sends nothing (not even the end of its headers) for this long is closed
 * @param stateDirectory where the running daemon writes its address and the CLI's API token
 */
public record WebSettings(Optional<String> baseUrl, String keyEnv, Auth auth, String proxyHeader,
                          List<String> trustedProxies, Duration tokenLife, Duration signInLife, int signInPerHour,
                          Duration sessionIdle, Duration idleTimeout, Path stateDirectory) {

    public static final String DEFAULT_KEY_ENV = "PACTWATCH_WEB_KEY";
    public static final String DEFAULT_PROXY_HEADER = "X-Forwarded-Email";
    public static final int DEFAULT_TOKEN_DAYS = 14;
    public static final int DEFAULT_SIGN_IN_MINUTES = 30;
    public static final int DEFAULT_SIGN_IN_PER_HOUR = 5;
    public static final int DEFAULT_SESSION_HOURS = 12;
    public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 30;
    public static final String DEFAULT_STATE_DIRECTORY = "var/web";

    /** How people sign in to the console. */
    public enum Auth {
        /** A one-time link mailed to a known address. */
        EMAIL_LINK("email-link"),
        /** An authenticating reverse proxy (oauth2-proxy, Grafana's auth.proxy pattern) names the user in a header. */
        PROXY_HEADER("proxy-header");

        private final String label;

        Auth(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Optional<Auth> parse(String text) {
            for (Auth auth : values()) {
                if (auth.label.equals(text)) {
                    return Optional.of(auth);
                }
            }
            return Optional.empty();
        }
    }

    public WebSettings {
        trustedProxies = List.copyOf(trustedProxies);
    }

    public static WebSettings defaults(Path home) {
        return new WebSettings(Optional.empty(), DEFAULT_KEY_ENV, Auth.EMAIL_LINK, DEFAULT_PROXY_HEADER, List.of(),
                Duration.ofDays(DEFAULT_TOKEN_DAYS), Duration.ofMinutes(DEFAULT_SIGN_IN_MINUTES),
                DEFAULT_SIGN_IN_PER_HOUR, Duration.ofHours(DEFAULT_SESSION_HOURS),
                Duration.ofSeconds(DEFAULT_IDLE_TIMEOUT_SECONDS), home.resolve(DEFAULT_STATE_DIRECTORY));
    }

    /** Whether cookies must be {@code Secure}: the console is reached over https. */
    public boolean secure() {
        return baseUrl.map(url -> url.startsWith("https://")).orElse(false);
    }
}
