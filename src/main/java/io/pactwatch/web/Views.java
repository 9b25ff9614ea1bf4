package io.pactwatch.web;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.SafeMustacheFactory;

import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's pages: Mustache templates on the classpath (io/pactwatch/web/), through
 * {@link SafeMustacheFactory} like the digest: every value HTML-escaped, no triple mustaches, partials only
 * among these files. Titles and quotes come from news articles and may carry markup.
 */
final class Views {

    static final Set<String> NAMES = Set.of("header.mustache", "footer.mustache", "message.mustache",
            "sign-in.mustache", "confirm-sign-in.mustache", "confirm-ack.mustache", "attention.mustache",
            "commitment.mustache", "party.mustache", "timeline.mustache", "outbox.mustache", "me.mustache",
            "silences.mustache", "confirm-progress.mustache", "progress-form.mustache");

    private final MustacheFactory factory = new SafeMustacheFactory(NAMES, "io/pactwatch/web");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    String render(String name, Map<String, Object> model) {
        Mustache template = compiled.computeIfAbsent(name + ".mustache", factory::compile);
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return out.toString();
    }
}
