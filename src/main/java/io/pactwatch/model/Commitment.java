package io.pactwatch.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A promise between organisations, as one registry entry declares it. Plain data: rules match its
 * components ({@code due.end}, {@code status}, {@code tentative}) and the derived {@code open} flag.
 *
 * @param due      the window in which it must happen; null when the announcement gave none
 * @param recurs   expected cadence of a recurring commitment; null when it does not recur
 * @param announced when it was announced; never null once loaded (defaults to the source's date)
 */
public record Commitment(
        String id,
        String title,
        Kind kind,
        List<String> parties,
        List<String> invited,
        List<String> topics,
        Period due,
        boolean tentative,
        Status status,
        Cadence recurs,
        List<String> dependsOn,
        List<String> supersedes,
        List<String> coordinators,
        String quote,
        LocalDate announced,
        Source source) {

    public Commitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        parties = List.copyOf(parties);
        invited = List.copyOf(invited);
        topics = List.copyOf(topics);
        dependsOn = List.copyOf(dependsOn);
        supersedes = List.copyOf(supersedes);
        coordinators = List.copyOf(coordinators);
    }

    /** Proposed, planned or in progress: still to be kept. */
    public boolean isOpen() {
        return status.isOpen();
    }

    /** The same commitment in another status. */
    public Commitment withStatus(Status other) {
        return new Commitment(id, title, kind, parties, invited, topics, due, tentative, other, recurs, dependsOn,
                supersedes, coordinators, quote, announced, source);
    }

    /** "International conference on threats from cyberspace (Russia, Turkey)": how messages name it. */
    public String label() {
        return title + " (" + String.join(", ", parties) + ")";
    }
}
