package io.pactwatch.web;

import io.javalin.http.Context;
import io.pactwatch.config.WebSettings;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What every request to the console passes: security headers, who is signed in (a session, or a trusted proxy's
 * header), and on every form POST the CSRF token and the Origin check (OWASP's synchronizer token pattern plus
 * origin verification). The API authenticates on its own (bearer token or session plus X-CSRF-Token header).
 */
final class Guard {

    static final String VIEWER = "viewer";
    static final String CSRF = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final int CSRF_BYTES = 32;

    private final WebSettings settings;
    private final Access access;
    private final SecureRandom random;

    Guard(WebSettings settings, Access access, SecureRandom random) {
        this.settings = settings;
        this.access = access;
        this.random = random;
    }

    /** Headers on every answer: no caching of pages that show alerts or carry tokens, no referrer leaking a token. */
    static void headers(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self';"
                + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }

    /** The signed-in viewer, if any. */
    Optional<Viewer> viewer(Context ctx) {
        if (settings.auth() == WebSettings.Auth.PROXY_HEADER) {
            String peer = ctx.req().getRemoteAddr();
            String header = ctx.header(settings.proxyHeader());
            if (header != null && !header.isBlank() && settings.trustedProxies().contains(peer)) {
                return Optional.of(access.viewer(header));
            }
            return Optional.empty();
        }
        String address = ctx.sessionAttribute(VIEWER);
        return Optional.ofNullable(address).map(access::viewer);
    }

    Viewer required(Context ctx) {
        return viewer(ctx).orElseThrow(Forbidden::signIn);
    }

    /** Signs {@code address} in: a new session id (no fixation), a new CSRF token. */
    void signIn(Context ctx, String address) {
        ctx.req().getSession(true);
        ctx.req().changeSessionId();
        ctx.sessionAttribute(VIEWER, Access.normalise(address));
        ctx.sessionAttribute(CSRF, newToken());
    }

    void signOut(Context ctx) {
        var session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The session's CSRF token, made (with the session) on first use: forms carry it back. */
    String csrf(Context ctx) {
        String token = ctx.sessionAttribute(CSRF);
        if (token == null) {
            token = newToken();
            ctx.sessionAttribute(CSRF, token);
        }
        return token;
    }

    /** Refuses a form POST without the session's CSRF token or from another origin. */
    void checkForm(Context ctx) {
        checkOrigin(ctx);
        if (!same(ctx.sessionAttribute(CSRF), ctx.formParam(CSRF))) {
            throw new Forbidden(403, "This form has expired or did not come from Pactwatch (its security token "
                    + "is missing or wrong). Reload the page and submit it again.");
        }
    }

    /** For API calls made with a session: the CSRF token in a header. */
    void checkHeader(Context ctx) {
        checkOrigin(ctx);
        if (!same(ctx.sessionAttribute(CSRF), ctx.header(CSRF_HEADER))) {
            throw new Forbidden(403, "a request made with a session cookie needs the session's CSRF token in the "
                    + CSRF_HEADER + " header");
        }
    }

    private void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if ("null".equals(origin)) {
            // Browsers send "Origin: null" from pages with Referrer-Policy: no-referrer (every page here); then
            // Sec-Fetch-Site (Fetch Metadata) says whether the form came from this site.
            origin = null;
        }
        if (origin != null && !origin.equals(expectedOrigin(ctx))) {
            throw new Forbidden(403, "This form was sent from another site (" + origin + "); nothing was done.");
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (origin == null && site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new Forbidden(403, "This form was sent from another site; nothing was done.");
        }
    }

    private String expectedOrigin(Context ctx) {
        if (settings.baseUrl().isPresent()) {
            URI base = URI.create(settings.baseUrl().get());
            return base.getScheme() + "://" + base.getRawAuthority();
        }
        return ctx.scheme() + "://" + ctx.host();
    }

    static boolean same(String expected, String given) {
        return expected != null && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private String newToken() {
        byte[] bytes = new byte[CSRF_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
