package io.pactwatch.notify;

import io.pactwatch.ledger.Notice;
import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the templates see: plain maps of strings and lists (the keys are documented in the templates' header
 * comment and the README). Absent values are null, so that {@code {{#quote}}...{{/quote}}} leaves them out.
 */
final class DigestView {

    private DigestView() {
    }

    static Map<String, Object> of(Digest digest, String command) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("asOf", digest.asOf().toString());
        view.put("subject", digest.subject());
        view.put("recipient", digest.recipient());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Digest.Group group : digest.groups()) {
            groups.add(group(group, command));
        }
        view.put("commitments", groups);
        return view;
    }

    private static Map<String, Object> group(Digest.Group group, String command) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", group.commitmentId());
        Commitment c = group.commitment().orElse(null);
        view.put("title", c == null ? group.commitmentId() : c.title());
        view.put("parties", c == null ? null : String.join(", ", c.parties()));
        view.put("window", c == null || c.due() == null ? null : c.due().range() + " (" + c.due().text() + ")"
                + (c.tentative() ? ", tentative" : ""));
        view.put("status", c == null ? null : c.status().label());
        view.put("quote", c == null ? null : c.quote());
        view.put("source", c == null ? null : source(c.source()));
        view.put("coordinators", c == null || c.coordinators().isEmpty() ? null : String.join(", ", c.coordinators()));
        view.put("ack", command + " ack " + group.commitmentId());
        view.put("alerts", group.firing().stream().map(n -> notice(n, command)).toList());
        view.put("resolved", group.resolved().isEmpty() ? null
                : group.resolved().stream().map(n -> notice(n, command)).toList());
        return view;
    }

    private static Map<String, Object> notice(Notice notice, String command) {
        Alert alert = notice.alert();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rule", alert.rule());
        view.put("severity", alert.severity().label());
        view.put("due", alert.due() == null ? null : alert.due().toString());
        view.put("message", alert.message());
        view.put("reason", notice.reason());
        view.put("firstSeen", notice.firstSeen().toString());
        view.put("fingerprint", notice.fingerprint());
        view.put("ack", command + " ack " + notice.fingerprint());
        return view;
    }

    private static String source(Source source) {
        if (source == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (source.publisher() != null) {
            parts.add(source.publisher());
        }
        if (source.published() != null) {
            parts.add(source.published().toString());
        }
        if (source.title() != null) {
            parts.add("\u201c" + source.title() + "\u201d");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
