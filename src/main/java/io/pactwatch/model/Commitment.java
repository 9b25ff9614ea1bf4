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
@Doc("A promise between organisations, one registry entry. One fact per commitment known on the as-of date.")
public record Commitment(
        @Doc("Unique id, e.g. `ru-tr-cyber-conference`.") String id,
        @Doc("What was promised.") String title,
        @Doc("event, plan, agreement, exchange, operation, body or other.") Kind kind,
        @Doc("Who promised (at least one).") List<String> parties,
        @Doc("Who was invited to take part.") List<String> invited,
        @Doc("Free-form topics, e.g. `cybersecurity`.") List<String> topics,
        @Doc("The window in which it must happen; null when none was given.") Period due,
        @Doc("True when the date was only tentative.") boolean tentative,
        @Doc("Where it stands (as known on the as-of date).") Status status,
        @Doc("Expected cadence of a recurring commitment; null when it does not recur.") Cadence recurs,
        @Doc("Ids of commitments it depends on (`depends-on`).") List<String> dependsOn,
        @Doc("Ids of commitments it succeeds.") List<String> supersedes,
        @Doc("Addresses of the people who coordinate it (`coordinator`).") List<String> coordinators,
        @Doc("The sentence that announced it; may be null.") String quote,
        @Doc("When it was announced (defaults to the source's publication date).") LocalDate announced,
        @Doc("The article it comes from; may be null.") Source source) {

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
    @Doc("`open`: the status is proposed, planned or in-progress.")
    public boolean isOpen() {
        return status.isOpen();
    }

    /** The same commitment in another status. */
    public Commitment withStatus(Status other) {
        return new Commitment(id, title, kind, parties, invited, topics, due, tentative, other, recurs, dependsOn,
                supersedes, coordinators, quote, announced, source);
    }

    /** "International conference on threats from cyberspace (Russia, Turkey)": how messages name it. */
    @Doc("`Title (Party, Party)`: how messages name the commitment.")
    public String label() {
        return title + " (" + String.join(", ", parties) + ")";
    }
}
