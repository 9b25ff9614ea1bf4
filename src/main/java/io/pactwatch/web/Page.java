package io.pactwatch.web;

import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** The model every page starts from: its title, who is signed in, the form token. */
final class Page {

    private Page() {
    }

    static Map<String, Object> model(Context ctx, Guard guard, String title) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        guard.viewer(ctx).ifPresent(v -> {
            model.put("viewer", v.address());
            model.put("admin", v.admin());
        });
        model.put("csrf", guard.csrf(ctx));
        return model;
    }

    /** A page that only says something (a result, a refusal), with its status. */
    static void message(Context ctx, Views views, Guard guard, int status, String title, String text) {
        Map<String, Object> model = model(ctx, guard, title);
        model.put("text", text);
        ctx.status(status).html(views.render("message", model));
    }
}
