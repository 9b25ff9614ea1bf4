package io.pactwatch.config;

import io.pactwatch.yaml.Mapping;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@code web:} section into {@link WebSettings}. */
final class WebConfig {

    private WebConfig() {
    }

    static WebSettings web(Optional<Mapping> section, Path home) {
        WebSettings d = WebSettings.defaults(home);
        if (section.isEmpty()) {
            return d;
        }
        Mapping m = section.get();
        Optional<String> baseUrl = m.parsed("base-url", WebConfig::baseUrl);
        String keyEnv = m.parsed("key-env", WebConfig::envName).orElse(d.keyEnv());
        WebSettings.Auth auth = m.parsed("auth", text -> WebSettings.Auth.parse(text).orElseThrow(() ->
                new IllegalArgumentException("\"auth\" must be email-link or proxy-header, got \"" + text + "\"")))
                .orElse(d.auth());
        String header = m.parsed("proxy-header", WebConfig::headerName).orElse(d.proxyHeader());
        List<String> proxies = new ArrayList<>();
        for (String proxy : m.texts("trusted-proxies")) {
            if (!proxy.matches("[0-9A-Fa-f:.]+")) {
                m.problem("trusted-proxies", "\"trusted-proxies\" must list IP addresses (e.g. 127.0.0.1), got \""
                        + proxy + "\"");
                continue;
            }
            try {
                proxies.add(InetAddress.getByName(proxy).getHostAddress());
            } catch (UnknownHostException e) {
                m.problem("trusted-proxies", "\"" + proxy + "\" is not an IP address");
            }
        }
        if (auth == WebSettings.Auth.PROXY_HEADER && proxies.isEmpty()) {
            m.problem("auth", "\"auth: proxy-header\" needs \"trusted-proxies\": the addresses of the proxies whose "
                    + "\"" + header + "\" header may be believed (anyone else could send it)");
        }
        Duration tokenLife = Duration.ofDays(atLeastOne(m, "token-days", WebSettings.DEFAULT_TOKEN_DAYS, "days"));
        Duration signInLife = Duration.ofMinutes(atLeastOne(m, "sign-in-minutes",
                WebSettings.DEFAULT_SIGN_IN_MINUTES, "minutes"));
        int perHour = atLeastOne(m, "sign-in-per-hour", WebSettings.DEFAULT_SIGN_IN_PER_HOUR, "links");
        Duration session = Duration.ofHours(atLeastOne(m, "session-hours", WebSettings.DEFAULT_SESSION_HOURS,
                "hours"));
        Duration idle = Duration.ofSeconds(atLeastOne(m, "idle-timeout-seconds",
                WebSettings.DEFAULT_IDLE_TIMEOUT_SECONDS, "seconds"));
        Path state = m.text("state-directory").map(home::resolve).orElse(d.stateDirectory());
        return new WebSettings(baseUrl, keyEnv, auth, header, proxies, tokenLife, signInLife, perHour, session, idle,
                state);
    }

    private static int atLeastOne(Mapping m, String key, int fallback, String unit) {
        int value = m.whole(key, fallback, unit);
        if (value < 1) {
            m.problem(key, "\"" + key + "\" must be at least 1");
            return fallback;
        }
        return value;
    }

    private static String baseUrl(String text) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("\"base-url\" must be the console's public http:// or https:// address "
                + "(e.g. https://pactwatch.example.org), got \"" + text + "\"");
    }

    private static String envName(String text) {
        if (!text.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("\"key-env\" must name an environment variable (e.g. "
                    + WebSettings.DEFAULT_KEY_ENV + "), not hold the key itself");
        }
        return text;
    }

    private static String headerName(String text) {
        if (!text.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("\"proxy-header\" must be a header name such as "
                    + WebSettings.DEFAULT_PROXY_HEADER + ", got \"" + text + "\"");
        }
        return text;
    }
}
