package io.pactwatch.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.pactwatch.config.WebSettings;
import io.pactwatch.ledger.Fingerprint;
import io.pactwatch.notify.Envelope;
import io.pactwatch.notify.MailSettings;
import io.pactwatch.notify.Outbox;
import io.pactwatch.notify.OutboxMessage;
import io.pactwatch.notify.TestMessage;
import io.pactwatch.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sign-in by a one-time link mailed through the outbox ({@code web.auth: email-link}). Every address gets the same
 * answer, known or not, limited or not, so the page reveals nothing about who Pactwatch knows. Opening the link
 * shows a button; the POST signs in (a mail scanner's GET spends nothing). After sign-in the console's start page
 * opens: there is no "next" parameter, so no open redirect.
 */
final class SignInRoutes implements WebServer.Routes {

    private static final Logger LOG = LoggerFactory.getLogger(SignInRoutes.class);
    static final String LINK = "/sign-in/{token}";

    private final WebSettings settings;
    private final MailSettings mail;
    private final TokenSigner signer;
    private final WebStore store;
    private final Access access;
    private final Guard guard;
    private final Views views;
    private final Database db;
    private final Clock clock;
    private final Supplier<String> baseUrl;

    SignInRoutes(WebSettings settings, MailSettings mail, TokenSigner signer, WebStore store, Access access,
                 Guard guard, Views views, Database db, Clock clock, Supplier<String> baseUrl) {
        this.settings = settings;
        this.mail = mail;
        this.signer = signer;
        this.store = store;
        this.access = access;
        this.guard = guard;
        this.views = views;
        this.db = db;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get("/sign-in", ctx -> ctx.html(views.render("sign-in", signInModel(ctx))));
        config.routes.post("/sign-in", this::request);
        config.routes.get(LINK, this::confirm);
        config.routes.head(LINK, this::confirm);
        config.routes.post(LINK, this::signIn);
        config.routes.post("/sign-out", ctx -> {
            guard.checkForm(ctx);
            guard.signOut(ctx);
            ctx.redirect("/");
        });
    }

    Map<String, Object> signInModel(Context ctx) {
        Map<String, Object> model = Page.model(ctx, guard, "Sign in");
        model.put("proxy", settings.auth() == WebSettings.Auth.PROXY_HEADER);
        return model;
    }

    /** A sign-in URL for {@code address} (the mailed link, and {@code pactwatch login-link}). */
    String link(String address) {
        return baseUrl.get() + "/sign-in/" + signer.sign(Access.normalise(address), Action.SIGN_IN,
                Access.normalise(address), settings.signInLife());
    }

    private void request(Context ctx) {
        guard.checkForm(ctx);
        if (settings.auth() != WebSettings.Auth.EMAIL_LINK) {
            throw new Forbidden(403, "Sign-in links are off: this console signs in through its proxy.");
        }
        String address = Access.normalise(ctx.formParam("address"));
        if (!address.matches("[^\\s@]+@[^\\s@]+")) {
            throw new BadRequest("Write your email address as name@example.org.");
        }
        if (access.known(address) && store.allowSignIn(address, settings.signInPerHour())) {
            send(address);
        }
        Page.message(ctx, views, guard, 200, "Check your mail", "If " + address + " is known to Pactwatch, a "
                + "sign-in link is on its way to it. The link works once, within "
                + settings.signInLife().toMinutes() + " minutes.");
    }

    private void send(String address) {
        String url = link(address);
        String key = "web/sign-in/" + Fingerprint.hash(url, 16);
        Envelope envelope = TestMessage.plain(mail, address, "[Pactwatch] your sign-in link",
                "Open this link to sign in to the Pactwatch console:\n\n" + url + "\n\nIt works once, within "
                        + settings.signInLife().toMinutes() + " minutes. If you did not ask for it, ignore this"
                        + " message.\n", key.replace('/', '-'), clock.instant());
        db.inTransaction(c -> Outbox.enqueue(c, new OutboxMessage(key, address, "[Pactwatch] your sign-in link",
                envelope.raw()), clock.instant()));
        LOG.info("sign-in link queued for {}", address); // never the link: it is a credential
    }

    private void confirm(Context ctx) {
        ActionToken token = signer.verify(ctx.pathParam("token"), Action.SIGN_IN);
        Map<String, Object> model = Page.model(ctx, guard, "Sign in");
        model.put("address", token.recipient());
        ctx.html(views.render("confirm-sign-in", model));
    }

    private void signIn(Context ctx) {
        guard.checkForm(ctx);
        ActionToken token = signer.verify(ctx.pathParam("token"), Action.SIGN_IN);
        if (!store.spend(token.id())) {
            throw new TokenRefused(410, "This sign-in link was already used. Ask for a new one.");
        }
        guard.signIn(ctx, token.recipient());
        ctx.redirect("/");
    }
}
