package io.pactwatch.web;

import io.pactwatch.ledger.CalendarEntry;
import io.pactwatch.ledger.Deadlines;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpClient;
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
