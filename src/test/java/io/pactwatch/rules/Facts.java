package io.pactwatch.rules;

import io.pactwatch.model.Cadence;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Period;
import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.model.Status;
import io.pactwatch.period.Cadences;
import io.pactwatch.period.Periods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test data: a commitment with sensible defaults, changed one field at a time. */
final class Facts {

    /** Early enough that every test date knows the commitment (evaluations ignore later announcements). */
    static final LocalDate ANNOUNCED = LocalDate.of(2010, 1, 1);

    private final String id;
    private String title = "Conference";
    private Kind kind = Kind.EVENT;
    private Period due;
    private boolean tentative;
    private Status status = Status.PLANNED;
    private Cadence recurs;
    private final List<String> dependsOn = new ArrayList<>();
    private final List<String> supersedes = new ArrayList<>();
    private LocalDate announced = ANNOUNCED;

    private Facts(String id) {
        this.id = id;
    }

    static Facts commitment(String id) {
        return new Facts(id);
    }

    static Progress progress(String commitment, String date, ProgressKind kind) {
        return new Progress(commitment, LocalDate.parse(date), kind, null);
    }

    Facts title(String value) {
        title = value;
        return this;
    }

    Facts kind(Kind value) {
        kind = value;
        return this;
    }

    Facts due(String period) {
        due = Periods.parse(period);
        return this;
    }

    Facts tentative() {
        tentative = true;
        return this;
    }

    Facts status(Status value) {
        status = value;
        return this;
    }

    Facts recurs(String cadence) {
        recurs = Cadences.parse(cadence);
        return this;
    }

    Facts dependsOn(String other) {
        dependsOn.add(other);
        return this;
    }

    Facts supersedes(String other) {
        supersedes.add(other);
        return this;
    }

    Facts announced(String date) {
        announced = LocalDate.parse(date);
        return this;
    }

    Commitment build() {
        return new Commitment(id, title, kind, List.of("Russia", "Turkey"), List.of(), List.of(), due, tentative,
                status, recurs, dependsOn, supersedes, List.of(), null, announced, null);
    }
}
