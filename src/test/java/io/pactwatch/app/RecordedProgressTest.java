package io.pactwatch.app;

import io.pactwatch.coordination.Coordination;
import io.pactwatch.config.ConfigLoader;
import io.pactwatch.config.Settings;
import io.pactwatch.model.Alert;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.progress.Origin;
import io.pactwatch.progress.RecordedProgress;
import io.pactwatch.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Progress recorded through the application service (as the web console and {@code progress record} do), on H2
 * and a real PostgreSQL: stored, checked like the registry's, and counted by the next notifying pass.
 */
class RecordedProgressTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2019-05-01T07:00:00Z"), ZoneOffset.UTC);
    static final LocalDate AS_OF = LocalDate.parse("2019-05-01");
    static final String CONFERENCE = "ru-tr-cyber-conference";

    @TempDir
    Path home;

    private Settings settings(TestDatabases.Engine engine) throws IOException {
        Path config = home.resolve("config/pactwatch.yaml");
        if (!Files.exists(config)) {
            TestHome.create(home);
        }
        return ConfigLoader.load(config, home).withDatabase(TestDatabases.settings(engine, home));
    }

    private static List<String> conferenceRules(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.commitment().equals(CONFERENCE)).map(Alert::rule).sorted().toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void aMeetingRecordedAsHeldMakesTheNextEvaluationDropItsAlertsAndIsKeptAcrossARestart(TestDatabases.Engine engine)
            throws IOException {
        Settings settings = settings(engine);
        RecordedProgress stored;
        try (Application app = Application.open(settings, CLOCK, Map.of())) {
            assertThat(conferenceRules(app.notifyingPass().run(AS_OF).alerts()))
                    .containsExactly("deadline-approaching", "tentative-unconfirmed");
            stored = app.coordination().recordProgress(CONFERENCE, ProgressKind.HELD, LocalDate.parse("2019-04-15"),
                    "held in Ankara", "ana@example.org", "web");
        }
        assertThat(stored.origin()).isEqualTo(Origin.WEB);
        assertThat(stored.by()).isEqualTo("ana@example.org");
        assertThat(stored.recordedAt()).isEqualTo(CLOCK.instant());

        try (Application restarted = Application.open(settings, CLOCK, Map.of())) {
            assertThat(conferenceRules(restarted.notifyingPass().run(AS_OF.plusDays(1)).alerts())).isEmpty();
            assertThat(restarted.coordination().progress(CONFERENCE)).singleElement().satisfies(p -> {
                assertThat(p.progress().kind()).isEqualTo(ProgressKind.HELD);
                assertThat(p.progress().note()).isEqualTo("held in Ankara");
                assertThat(p.provenance()).isEqualTo("recorded by ana@example.org (web) at 2019-05-01T07:00:00Z");
            });
        }
    }

    @Test
    void twoNodesOnOnePostgresqlDatabaseSeeTheSameRecordedProgress() throws IOException {
        Settings settings = settings(TestDatabases.Engine.POSTGRESQL);
        try (Application a = Application.open(settings, CLOCK, Map.of());
             Application b = Application.open(settings, CLOCK, Map.of())) {
            a.coordination().recordProgress(CONFERENCE, ProgressKind.CONFIRMED, LocalDate.parse("2019-03-01"), null,
                    "ana", "web");

            assertThat(b.coordination().progress(CONFERENCE)).extracting(RecordedProgress::shortProvenance)
                    .containsExactly("recorded by ana");
            assertThat(conferenceRules(b.notifyingPass().run(AS_OF).alerts())).containsExactly("deadline-approaching");
        }
    }

    @Test
    void recordingTheSameFactTwiceStoresItOnceAttributedToWhoeverWasFirst() throws IOException {
        try (Application app = Application.open(settings(TestDatabases.Engine.H2), CLOCK, Map.of())) {
            RecordedProgress first = app.coordination().recordProgress(CONFERENCE, ProgressKind.HELD,
                    LocalDate.parse("2019-04-15"), null, "ana", "web");
            RecordedProgress second = app.coordination().recordProgress(CONFERENCE, ProgressKind.HELD,
                    LocalDate.parse("2019-04-15"), "again", "ben", "cli");

            assertThat(second).isEqualTo(first);
            assertThat(app.coordination().storedProgress()).hasSize(1);
        }
    }

    @Test
    void progressIsCheckedWithTheRegistrysOwnWordsAndNothingIsStoredWhenItIsWrong() throws IOException {
        try (Application app = Application.open(settings(TestDatabases.Engine.H2), CLOCK, Map.of())) {
            Coordination coordination = app.coordination();

            assertThatThrownBy(() -> coordination.recordProgress(CONFERENCE, ProgressKind.HELD,
                    LocalDate.parse("2018-01-01"), null, "ana", "web"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("progress dated 2018-01-01 is before \"ru-tr-cyber-conference\" was announced"
                            + " (2018-11-23); fix the date or the announcement");
            assertThatThrownBy(() -> coordination.recordProgress("ru-tr-cyber-conferense", ProgressKind.HELD,
                    LocalDate.parse("2019-04-15"), null, "ana", "web"))
                    .hasMessageContaining("no commitment has the id \"ru-tr-cyber-conferense\" (did you mean "
                            + "\"ru-tr-cyber-conference\"?)");
            assertThatThrownBy(() -> io.pactwatch.registry.ProgressValidation.kind("hled"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("unknown kind \"hled\" (did you mean \"held\"?); one of: confirmed, held,");
            assertThatThrownBy(() -> coordination.recordProgress(CONFERENCE, ProgressKind.HELD,
                    LocalDate.parse("2019-04-15"), null, "ana", "email"))
                    .hasMessageContaining("unknown origin \"email\"; one of: web, cli");

            assertThat(coordination.storedProgress()).isEmpty();
        }
    }
}
