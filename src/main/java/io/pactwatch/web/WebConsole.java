package io.pactwatch.web;

import io.pactwatch.coordination.Coordination;
import io.pactwatch.config.Settings;
import io.pactwatch.config.WebSettings;
import io.pactwatch.registry.Registry;
import io.pactwatch.store.Database;
import org.eclipse.jetty.http.HttpCookie;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The console and the API, assembled: the route groups for {@link WebServer}, sharing one token signer, one
 * access policy and one session setup (HttpOnly, SameSite=Lax, Secure when the base URL is https). After the
 * listener is bound, {@link #listening} writes the discovery files the CLI reads ({@link DaemonAddress}).
 */
public final class WebConsole implements AutoCloseable {

    /** The session cookie's name. */
    public static final String SESSION_COOKIE = "pactwatch_session";

    private final Settings settings;
    private final List<WebServer.Routes> routes;
    private final DaemonAddress address;
    private volatile String ownUrl;

    public WebConsole(Settings settings, Coordination coordination, Supplier<Registry> registry, Database db,
                      Clock clock, Map<String, String> env) {
        this.settings = settings;
        SecureRandom random = new SecureRandom();
        WebSettings web = settings.web();
        TokenSigner signer = WebKeys.signer(web, env, clock, random);
        WebStore store = new WebStore(db, clock, random);
        Access access = new Access(settings, registry);
        Guard guard = new Guard(web, access, random);
        Views views = new Views();
        this.address = DaemonAddress.create(web.stateDirectory(), random);
        Supplier<String> base = () -> web.baseUrl().orElse(ownUrl);
        SignInRoutes signIn = new SignInRoutes(web, settings.mail(), signer, store, access, guard, views, db, clock,
                base);
        this.routes = List.of(
                this::sessions,
                new ErrorRoutes(guard, views),
                signIn,
                new ActionRoutes(signer, coordination, registry, access, guard, views),
                new PageRoutes(coordination, registry, access, guard, views, clock, signIn),
                new ManageRoutes(coordination, registry, access, guard, views),
                new CalendarRoutes(store, coordination, registry, access, guard, views, db, clock,
                        settings.mail().from(), base),
                new ApiRoutes(coordination, access, guard, address.token(), signIn));
    }

    public List<WebServer.Routes> routes() {
        return routes;
    }

    private void sessions(io.javalin.config.JavalinConfig config) {
        config.jetty.modifyServletContextHandler(handler -> {
            var sessions = handler.getSessionHandler();
            sessions.setSessionCookie(SESSION_COOKIE);
            sessions.setHttpOnly(true);
            sessions.setSecureCookies(settings.web().secure());
            sessions.setSameSite(HttpCookie.SameSite.LAX);
            sessions.setMaxInactiveInterval((int) settings.web().sessionIdle().toSeconds());
            // The session id travels in the cookie only, never in an address (where logs and referrers see it).
            sessions.setUsingUriParameters(false);
        });
    }

    /** Records where the console answers, for links when no base URL is configured and for the CLI. */
    public void listening(String host, int port) {
        this.ownUrl = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        address.write(ownUrl);
    }

    @Override
    public void close() {
        address.remove();
    }
}
