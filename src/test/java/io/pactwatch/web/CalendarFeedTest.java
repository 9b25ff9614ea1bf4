package io.pactwatch.web;

import io.pactwatch.ledger.CalendarEntry;
import io.pactwatch.ledger.Deadlines;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's calendar subscription, as a calendar application fetches it. */
class CalendarFeedTest {

    private static Console console;

    @BeforeAll
    static void start() throws Exception {
        console = Console.shared();
    }

    private static String feed(HttpClient browser) throws Exception {
        return feed(console, browser);
    }

    private static String feed(Console console, HttpClient browser) throws Exception {
        Matcher m = Pattern.compile("href=\"webcal://127\\.0\\.0\\.1:\\d+(/calendar/[^\"]+\\.ics)\"")
                .matcher(console.get(browser, "/me").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theFeedCarriesTheSameUidsAndSequencesAsTheDigestsAttachments() throws Exception {
        HttpClient admin = console.signedIn(Console.ADMIN);

        HttpResponse<String> ics = console.get(Console.browser(), feed(admin));

        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<CalendarEntry> known = console.app.db().inTransaction(Deadlines::all);
        assertThat(events).isNotEmpty();
        for (VEvent event : events) {
            String uid = event.getProperty(Property.UID).orElseThrow().getValue();
            String sequence = event.getProperty(Property.SEQUENCE).orElseThrow().getValue();
            assertThat(known).anySatisfy(entry -> {
                assertThat(entry.uid()).isEqualTo(uid);
                assertThat(String.valueOf(entry.sequence())).isEqualTo(sequence);
            });
        }
    }

    @Test
    void whenADeadlineMovesTheFeedKeepsItsUidAndRaisesItsSequence(@TempDir Path home) throws Exception {
        try (Console own = new Console(home, "")) {
            HttpClient admin = own.signedIn(Console.ADMIN);
            String address = feed(own, admin);
            VEvent before = hostileEvent(own.get(Console.browser(), address).body());

            Files.writeString(home.resolve("commitments/hostile.yaml"), Console.HOSTILE.replace(
                    "due: 2019-05-10", "due: 2019-05-20"));
            own.app.notifyingPass().run(Console.AS_OF.plusDays(1));
            own.reload();
            VEvent after = hostileEvent(own.get(Console.browser(), address).body());

            assertThat(value(before, Property.DTSTART)).isEqualTo("20190510");
            assertThat(value(after, Property.DTSTART)).isEqualTo("20190520");
            assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
            assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
                    .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
        }
    }

    /** The one event of the hostile commitment's deadline in a feed that ical4j parses. */
    private static VEvent hostileEvent(String ics) throws Exception {
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        List<VEvent> hostile = events.stream()
                .filter(e -> value(e, Property.UID).startsWith(Console.HOSTILE_ID + "-")).toList();
        assertThat(hostile).as(ics).hasSize(1);
        return hostile.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void renewingTheSecretMakesTheOldAddressStopWorking() throws Exception {
        HttpClient coordinator = console.signedIn(Console.COORDINATOR);
        String old = feed(coordinator);

        console.post(coordinator, "/me/calendar", Map.of("csrf",
                Console.csrf(console.get(coordinator, "/me").body())));
        String renewed = feed(coordinator);

        assertThat(renewed).isNotEqualTo(old);
        assertThat(console.get(Console.browser(), old).statusCode()).isEqualTo(404);
        assertThat(console.get(Console.browser(), renewed).statusCode()).isEqualTo(200);
    }
}
