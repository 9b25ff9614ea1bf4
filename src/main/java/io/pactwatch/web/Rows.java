package io.pactwatch.web;

import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Silence;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Progress;
import io.pactwatch.notify.OutboxEntry;
import io.pactwatch.registry.Registry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ledger entries, commitments and outbox messages as the rows pages and CSV exports show. */
final class Rows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Rows() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static Map<String, Object> alert(LedgerEntry e, Registry registry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("fingerprint", e.fingerprint());
        row.put("status", e.status());
        row.put("severity", e.alert().severity().label());
        row.put("rule", e.alert().rule());
        row.put("commitment", e.alert().commitment());
        row.put("commitmentUrl", "/commitments/" + Urls.segment(e.alert().commitment()));
        row.put("title", registry.commitment(e.alert().commitment()).map(Commitment::title).orElse(""));
        row.put("due", text(e.alert().due()));
        row.put("message", e.alert().message());
        row.put("firstSeen", text(e.firstSeen()));
        row.put("lastNotified", text(e.lastNotified()));
        row.put("note", note(e));
        row.put("firing", e.firing() && !e.acknowledged());
        return row;
    }

    static String note(LedgerEntry e) {
        return switch (e.status()) {
            case "acknowledged" -> "by " + e.ackBy() + (e.ackUntil() == null ? "" : " until " + e.ackUntil())
                    + (e.ackComment() == null ? "" : ": " + e.ackComment());
            case "silenced" -> e.silencedBy();
            case "resolved" -> "resolved on " + e.resolvedAt();
            default -> "";
        };
    }

    static Map<String, Object> commitment(Commitment c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("url", "/commitments/" + Urls.segment(c.id()));
        row.put("title", c.title());
        row.put("kind", c.kind().label());
        row.put("status", c.status().label());
        row.put("parties", c.parties().stream().map(p -> Map.of("name", p, "url", "/parties/" + Urls.segment(p)))
                .toList());
        row.put("partyNames", String.join("; ", c.parties()));
        row.put("invited", String.join(", ", c.invited()));
        row.put("topics", String.join(", ", c.topics()));
        row.put("due", c.due() == null ? "" : c.due().range());
        row.put("dueText", c.due() == null ? "" : c.due().text());
        row.put("tentative", c.tentative());
        row.put("coordinators", String.join(", ", c.coordinators()));
        row.put("quote", c.quote() == null ? "" : c.quote());
        row.put("announced", text(c.announced()));
        if (c.source() != null) {
            row.put("sourceTitle", c.source().title() == null ? "" : c.source().title());
            row.put("sourcePublisher", c.source().publisher() == null ? "" : c.source().publisher());
            row.put("sourcePublished", text(c.source().published()));
        }
        return row;
    }

    static Map<String, Object> progress(io.pactwatch.progress.RecordedProgress r) {
        Progress p = r.progress();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", p.date().toString());
        row.put("kind", p.kind().label());
        row.put("note", p.note() == null ? "" : p.note());
        row.put("origin", r.provenance());
        return row;
    }

    /** The kinds a progress form offers. */
    static java.util.List<String> progressKinds() {
        return io.pactwatch.model.Labels.all(io.pactwatch.model.ProgressKind.class);
    }

    static Map<String, Object> history(HistoryEntry h) {
        return Map.of("asOf", h.asOf().toString(), "decision", h.decision(), "reason", h.reason());
    }

    static Map<String, Object> silence(Silence s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("matcher", s.matcher().label());
        row.put("value", s.value());
        row.put("until", s.until().toString());
        row.put("by", s.by() == null ? "" : s.by());
        row.put("comment", s.comment() == null ? "" : s.comment());
        return row;
    }

    static Map<String, Object> outbox(OutboxEntry o) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", o.id());
        row.put("recipient", o.recipient());
        row.put("subject", o.subject());
        row.put("status", o.status());
        row.put("attempts", o.attempts());
        row.put("dead", OutboxEntry.DEAD.equals(o.status()));
        return row;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
