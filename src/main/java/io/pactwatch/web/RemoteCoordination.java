package io.pactwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactwatch.coordination.Coordination;
import io.pactwatch.ledger.AlertPage;
import io.pactwatch.ledger.AlertQuery;
import io.pactwatch.ledger.HistoryEntry;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.ledger.Silence;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.notify.OutboxEntry;
import io.pactwatch.notify.Preview;
import io.pactwatch.progress.RecordedProgress;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Coordination} over a running daemon's API (amtool's model): what the CLI uses when a daemon runs for its
 * home, so that {@code alerts}, {@code ack}, {@code silence}, {@code outbox}, {@code preview} and {@code progress}
 * work beside it on an H2 file the
 * daemon holds. A refusal by the API becomes the same {@link InvalidInputException} the local service throws.
 */
public final class RemoteCoordination implements Coordination {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Pages of the alert list: the API caps a page at {@link AlertParams#MAX_LIMIT}. */
    static final int PAGE = AlertParams.MAX_LIMIT;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RemoteCoordination(String url, String token) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = token;
    }

    public String url() {
        return url;
    }

    /** Asks for pages of at most {@link #PAGE} alerts until {@code query}'s limit or the matches run out. */
    @Override
    public AlertPage alerts(AlertQuery query) {
        List<LedgerEntry> entries = new ArrayList<>();
        AlertPage page;
        do {
            int offset = query.offset() + entries.size();
            int limit = Math.min(PAGE, query.limit() - entries.size());
            page = ApiCodec.page(send("GET", "/alerts?" + AlertParams.write(query.page(offset, limit)), null));
            entries.addAll(page.entries());
        } while (!page.entries().isEmpty() && entries.size() < query.limit()
                && query.offset() + entries.size() < page.total());
        return new AlertPage(entries, page.total(), page.bySeverity());
    }

    @Override
    public List<HistoryEntry> history(String fingerprint) {
        List<HistoryEntry> entries = new ArrayList<>();
        send("GET", "/alerts/" + Urls.segment(fingerprint) + "/history", null)
                .forEach(h -> entries.add(ApiCodec.history(h)));
        return entries;
    }

    @Override
    public List<LedgerEntry> acknowledge(String target, LocalDate until, String by, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("target", target);
        body.put("until", until == null ? null : until.toString());
        body.put("by", by);
        body.put("comment", comment);
        List<LedgerEntry> acked = new ArrayList<>();
        send("POST", "/acknowledgements", body).forEach(e -> acked.add(ApiCodec.entry(e)));
        return acked;
    }

    @Override
    public Silence silence(Silence.Matcher matcher, String value, LocalDate until, String by, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("matcher", matcher.label());
        body.put("value", value);
        body.put("until", until.toString());
        body.put("by", by);
        body.put("comment", comment);
        return ApiCodec.silence(send("POST", "/silences", body));
    }

    @Override
    public List<Silence> silences() {
        List<Silence> silences = new ArrayList<>();
        send("GET", "/silences", null).forEach(s -> silences.add(ApiCodec.silence(s)));
        return silences;
    }

    @Override
    public List<OutboxEntry> outbox() {
        List<OutboxEntry> entries = new ArrayList<>();
        send("GET", "/outbox", null).forEach(o -> entries.add(ApiCodec.outbox(o)));
        return entries;
    }

    @Override
    public void retry(long messageId) {
        send("POST", "/outbox/" + messageId + "/retry", Map.of());
    }

    @Override
    public RecordedProgress recordProgress(String commitmentId, ProgressKind kind, LocalDate on, String note,
                                           String by, String origin) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("commitment", commitmentId);
        body.put("kind", kind == null ? null : kind.label());
        body.put("date", on == null ? null : on.toString());
        body.put("note", note);
        body.put("by", by);
        body.put("origin", origin);
        return ApiCodec.progress(send("POST", "/progress", body));
    }

    @Override
    public List<RecordedProgress> progress(String commitmentId) {
        List<RecordedProgress> entries = new ArrayList<>();
        send("GET", "/commitments/" + Urls.segment(commitmentId) + "/progress", null)
                .forEach(p -> entries.add(ApiCodec.progress(p)));
        return entries;
    }

    @Override
    public List<RecordedProgress> storedProgress() {
        List<RecordedProgress> entries = new ArrayList<>();
        send("GET", "/progress", null).forEach(p -> entries.add(ApiCodec.progress(p)));
        return entries;
    }

    @Override
    public int clearProgress(long throughId, boolean evenIfNotInFiles) {
        return send("POST", "/progress/clear", Map.of("through", throughId, "evenIfNotInFiles", evenIfNotInFiles))
                .path("cleared").asInt();
    }

    @Override
    public List<Preview.Rendered> preview(LocalDate asOf, String onlyTo) {
        List<Preview.Rendered> digests = new ArrayList<>();
        send("GET", "/preview?asOf=" + asOf + (onlyTo == null ? "" : "&to=" + Urls.segment(onlyTo)), null)
                .path("digests").forEach(d -> digests.add(ApiCodec.preview(d)));
        return digests;
    }

    @Override
    public int purgeSent(Instant before) {
        return send("POST", "/outbox/purge", Map.of("before", before.toString())).path("purged").asInt();
    }

    /** A one-time sign-in URL for {@code address}, made by the daemon ({@code pactwatch login-link}). */
    public String signInLink(String address) {
        return send("POST", "/sign-in-links", Map.of("to", address)).path("url").asText();
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + ApiRoutes.PREFIX + path))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                throw refused(json.path("message").asText("the daemon answered " + response.statusCode()));
            }
            return json;
        } catch (IOException e) {
            throw refused("the daemon at " + url + " does not answer (" + e.getMessage() + "); is `pactwatch run` "
                    + "still running? Pass --url, or stop it and run the command again to use the database");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("interrupted while asking the daemon at " + url);
        }
    }

    private InvalidInputException refused(String message) {
        return new InvalidInputException("daemon at " + url, List.of(Problem.at(Path.of(url), 0, message)));
    }
}
