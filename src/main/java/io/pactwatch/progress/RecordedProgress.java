package io.pactwatch.progress;

import io.pactwatch.model.Progress;

import java.time.Instant;
import java.util.Objects;

/**
 * A progress entry with where it comes from. For {@link Origin#FILE} the id is 0 and {@code by} and
 * {@code recordedAt} are null (the registry's history is git's); for progress recorded in Pactwatch they say
 * which stored entry it is, who recorded it and when.
 */
public record RecordedProgress(long id, Progress progress, Origin origin, String by, Instant recordedAt) {

    public RecordedProgress {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(origin, "origin");
    }

    /** An entry of the registry files. */
    public static RecordedProgress ofFile(Progress progress) {
        return new RecordedProgress(0, progress, Origin.FILE, null, null);
    }

    public boolean isStored() {
        return origin != Origin.FILE;
    }

    /** "registry file", or "recorded by ana (web) at 2019-04-16T09:30:00Z". */
    public String provenance() {
        return isStored() ? "recorded by " + by + " (" + origin.label() + ") at " + recordedAt : "registry file";
    }

    /** "recorded by ana" or "registry": the short form digests use after a date. */
    public String shortProvenance() {
        return isStored() ? "recorded by " + by : "registry";
    }

    /** The fact this entry states: one commitment, kind and day make one fact, whatever the note says. */
    Key key() {
        return Key.of(progress);
    }

    record Key(String commitment, io.pactwatch.model.ProgressKind kind, java.time.LocalDate date) {
        static Key of(Progress p) {
            return new Key(p.commitment(), p.kind(), p.date());
        }
    }
}
