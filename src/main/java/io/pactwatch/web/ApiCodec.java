package io.pactwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.pactwatch.ledger.AlertPage;
import io.pactwatch.ledger.AlertQuery;
import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Silence;
import io.pactwatch.model.Alert;
import io.pactwatch.model.Labels;
import io.pactwatch.model.Severity;
import io.pactwatch.notify.OutboxEntry;
import io.pactwatch.notify.Preview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's JSON shapes, written by the server and read back by {@link RemoteCoordination}: one definition, so
 * the CLI talking to a daemon prints what it prints on its own database. Dates are ISO-8601 text.
 */
final class ApiCodec {

    private ApiCodec() {
    }

    static Map<String, Object> entry(LedgerEntry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("fingerprint", e.fingerprint());
        o.put("status", e.status());
        o.put("severity", e.alert().severity().label());
        o.put("rule", e.alert().rule());
        o.put("commitment", e.alert().commitment());
        o.put("due", text(e.alert().due()));
        o.put("message", e.alert().message());
        o.put("category", e.alert().category());
        o.put("firing", e.firing());
        o.put("firstSeen", text(e.firstSeen()));
        o.put("lastSeen", text(e.lastSeen()));
        o.put("lastNotified", text(e.lastNotified()));
        o.put("notifiedSeverity", e.notifiedSeverity() == null ? null : e.notifiedSeverity().label());
        o.put("resolvedAt", text(e.resolvedAt()));
        o.put("acknowledgedSeverity", e.ackSeverity() == null ? null : e.ackSeverity().label());
        o.put("acknowledgedUntil", text(e.ackUntil()));
        o.put("acknowledgedBy", e.ackBy());
        o.put("acknowledgedComment", e.ackComment());
        o.put("acknowledgedAt", text(e.ackAt()));
        o.put("silencedBy", e.silencedBy());
        return o;
    }

    static LedgerEntry entry(JsonNode o) {
        Alert alert = new Alert(o.path("rule").asText(), severity(o, "severity"), o.path("commitment").asText(),
                date(o, "due"), o.path("message").asText(), string(o, "category"));
        return new LedgerEntry(o.path("fingerprint").asText(), alert, o.path("firing").asBoolean(),
                date(o, "firstSeen"), date(o, "lastSeen"), date(o, "lastNotified"), severity(o, "notifiedSeverity"),
                date(o, "resolvedAt"), severity(o, "acknowledgedSeverity"), date(o, "acknowledgedUntil"),
                string(o, "acknowledgedBy"), string(o, "acknowledgedComment"), string(o, "silencedBy"),
                string(o, "acknowledgedAt") == null ? null : Instant.parse(o.path("acknowledgedAt").asText()));
    }

    /** {@code {total, offset, limit, bySeverity, alerts}}. */
    static Map<String, Object> page(AlertQuery query, AlertPage page) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("total", page.total());
        o.put("offset", query.offset());
        o.put("limit", query.limit());
        Map<String, Object> counts = new LinkedHashMap<>();
        Severity.MOST_SEVERE_FIRST.forEach(s -> counts.put(s.label(), page.bySeverity().get(s)));
        o.put("bySeverity", counts);
        o.put("alerts", page.entries().stream().map(ApiCodec::entry).toList());
        return o;
    }

    static AlertPage page(JsonNode o) {
        List<LedgerEntry> entries = new ArrayList<>();
        o.path("alerts").forEach(e -> entries.add(entry(e)));
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        Severity.MOST_SEVERE_FIRST.forEach(s -> counts.put(s, o.path("bySeverity").path(s.label()).asInt()));
        return new AlertPage(entries, o.path("total").asInt(), counts);
    }

    static Map<String, Object> preview(Preview.Rendered r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("recipient", r.recipient());
        o.put("eml", r.eml());
        o.put("html", r.html());
        return o;
    }

    static Preview.Rendered preview(JsonNode o) {
        return new Preview.Rendered(o.path("recipient").asText(), o.path("eml").asText(), o.path("html").asText());
    }

    static Map<String, Object> history(HistoryEntry h) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("asOf", h.asOf().toString());
        o.put("decision", h.decision());
        o.put("reason", h.reason());
        return o;
    }

    static HistoryEntry history(JsonNode o) {
        return new HistoryEntry(date(o, "asOf"), o.path("decision").asText(), o.path("reason").asText());
    }

    static Map<String, Object> silence(Silence s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", s.id());
        o.put("matcher", s.matcher().label());
        o.put("value", s.value());
        o.put("until", s.until().toString());
        o.put("by", s.by());
        o.put("comment", s.comment());
        return o;
    }

    static Silence silence(JsonNode o) {
        return new Silence(o.path("id").asLong(), Labels.parse(Silence.Matcher.class, o.path("matcher").asText())
                .orElseThrow(), o.path("value").asText(), date(o, "until"), string(o, "by"), string(o, "comment"));
    }

    static Map<String, Object> outbox(OutboxEntry m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", m.id());
        o.put("key", m.key());
        o.put("recipient", m.recipient());
        o.put("subject", m.subject());
        o.put("status", m.status());
        o.put("attempts", m.attempts());
        o.put("nextAttemptAt", text(m.nextAttemptAt()));
        o.put("createdAt", text(m.createdAt()));
        o.put("sentAt", text(m.sentAt()));
        o.put("lastError", m.lastError());
        return o;
    }

    static OutboxEntry outbox(JsonNode o) {
        return new OutboxEntry(o.path("id").asLong(), string(o, "key"), string(o, "recipient"), string(o, "subject"),
                string(o, "status"), o.path("attempts").asInt(), instant(o, "nextAttemptAt"),
                instant(o, "createdAt"), instant(o, "sentAt"), string(o, "lastError"));
    }

    static Map<String, Object> progress(io.pactwatch.progress.RecordedProgress r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", r.id());
        o.put("commitment", r.progress().commitment());
        o.put("date", r.progress().date().toString());
        o.put("kind", r.progress().kind().label());
        o.put("note", r.progress().note());
        o.put("origin", r.origin().label());
        o.put("by", r.by());
        o.put("recordedAt", text(r.recordedAt()));
        return o;
    }

    static io.pactwatch.progress.RecordedProgress progress(JsonNode o) {
        io.pactwatch.model.Progress p = new io.pactwatch.model.Progress(o.path("commitment").asText(),
                date(o, "date"), Labels.parse(io.pactwatch.model.ProgressKind.class, o.path("kind").asText())
                .orElseThrow(), string(o, "note"));
        return new io.pactwatch.progress.RecordedProgress(o.path("id").asLong(), p, Labels.parse(
                io.pactwatch.progress.Origin.class, o.path("origin").asText()).orElseThrow(), string(o, "by"),
                instant(o, "recordedAt"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String string(JsonNode o, String field) {
        JsonNode value = o.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode o, String field) {
        String text = string(o, field);
        return text == null ? null : LocalDate.parse(text);
    }

    private static Instant instant(JsonNode o, String field) {
        String text = string(o, field);
        return text == null ? null : Instant.parse(text);
    }

    private static Severity severity(JsonNode o, String field) {
        String text = string(o, field);
        return text == null ? null : Severity.parse(text).orElseThrow();
    }
}
