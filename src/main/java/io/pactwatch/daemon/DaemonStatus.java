package io.pactwatch.daemon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What /health reports: the last evaluation, the rules loaded and whether the last reload failed, and the
 * outbox. Unhealthy (HTTP 503) when the last evaluation or the last reload failed, or when the file watcher is not
 * picking up edits (stopped, or a watched directory gone): whenever a reload would not happen or not work.
 */
public final class DaemonStatus {

    /** The outcome of the daemon's last notifying pass ({@code lastEvaluation} in /health). */
    public record PassReport(Instant at, LocalDate asOf, boolean ok, int alerts, String error) {
    }

    private final String version;
    private final LiveInputs inputs;
    private final Supplier<Optional<String>> watching;
    private final LongSupplier pending;
    private final LongSupplier dead;
    private final AtomicReference<PassReport> last = new AtomicReference<>();

    /** @param watching what keeps the file watcher from picking up edits, if anything */
    public DaemonStatus(String version, LiveInputs inputs, Supplier<Optional<String>> watching, LongSupplier pending,
                        LongSupplier dead) {
        this.version = version;
        this.inputs = inputs;
        this.watching = watching;
        this.pending = pending;
        this.dead = dead;
    }

    public void evaluated(PassReport evaluation) {
        last.set(evaluation);
    }

    public Optional<PassReport> lastEvaluation() {
        return Optional.ofNullable(last.get());
    }

    public boolean healthy() {
        return inputs.lastFailure().isEmpty() && watching.get().isEmpty()
                && lastEvaluation().map(PassReport::ok).orElse(true);
    }

    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("status", healthy() ? "ok" : "failing");
            json.writeStringField("version", version);
            json.writeObjectFieldStart("lastEvaluation");
            Optional<PassReport> evaluation = lastEvaluation();
            if (evaluation.isPresent()) {
                PassReport e = evaluation.get();
                json.writeStringField("at", e.at().toString());
                json.writeStringField("asOf", e.asOf().toString());
                json.writeStringField("result", e.ok() ? "ok" : "failed");
                json.writeNumberField("alerts", e.alerts());
                json.writeStringField("error", e.error());
            } else {
                json.writeStringField("result", "none yet");
            }
            json.writeEndObject();
            json.writeObjectFieldStart("outbox");
            json.writeNumberField("pending", pending.getAsLong());
            json.writeNumberField("dead", dead.getAsLong());
            json.writeEndObject();
            json.writeObjectFieldStart("rules");
            json.writeNumberField("loaded", inputs.current().rules().ruleCount());
            json.writeStringField("loadedAt", inputs.current().loadedAt().toString());
            json.writeStringField("lastReload", inputs.lastFailure().isPresent() ? "failed" : "ok");
            json.writeStringField("error", inputs.lastFailure().orElse(null));
            json.writeEndObject();
            json.writeObjectFieldStart("watcher");
            Optional<String> watcherProblem = watching.get();
            json.writeStringField("status", watcherProblem.isPresent() ? "failing" : "ok");
            json.writeStringField("error", watcherProblem.orElse(null));
            json.writeEndObject();
            json.writeNumberField("commitments", inputs.current().registry().commitments().size());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
