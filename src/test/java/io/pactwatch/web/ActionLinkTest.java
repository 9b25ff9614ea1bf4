package io.pactwatch.web;

import io.pactwatch.ledger.LedgerEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator acting on a digest's Acknowledge link, and the links that must not work. */
class ActionLinkTest {

    private static Console console;

    @BeforeAll
    static void start() throws Exception {
        console = Console.shared();
    }

    @Test
    void openingAnAcknowledgeLinkShowsAConfirmationFormAndChangesNothing() throws Exception {
        LedgerEntry alert = console.opsAlert();
        String link = console.link(Console.OPS, Action.ACKNOWLEDGE, alert.fingerprint());

        HttpResponse<String> page = console.get(Console.browser(), link);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" id=\"acknowledge\">", alert.alert().message()
                .replace("'", "&#39;").replace("\"", "&quot;"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(console.status(alert.fingerprint()).status()).isEqualTo("firing");
    }

    @Test
    void submittingTheFormAsItComesAcknowledgesTheAlertInTheRecipientsName() throws Exception {
        LedgerEntry alert = console.opsAlert();
        String link = console.link(Console.OPS, Action.ACKNOWLEDGE, alert.fingerprint());
        HttpClient browser = Console.browser();
        String csrf = Console.csrf(console.get(browser, link).body());

        HttpResponse<String> done = console.post(browser, link, Map.of("csrf", csrf, "until", "resolves"));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Acknowledged by ops@example.org");
        LedgerEntry after = console.status(alert.fingerprint());
        assertThat(after.status()).isEqualTo("acknowledged");
        assertThat(after.ackBy()).isEqualTo(Console.OPS);
        assertThat(after.ackUntil()).isNull();
    }

    @Test
    void aSecondSubmissionSaysWhoAcknowledgedAndWhen() throws Exception {
        LedgerEntry alert = console.opsAlert();
        String link = console.link(Console.OPS, Action.ACKNOWLEDGE, alert.fingerprint());
        HttpClient browser = Console.browser();
        String csrf = Console.csrf(console.get(browser, link).body());
        console.post(browser, link, Map.of("csrf", csrf, "until", "date", "until-date", "2019-06-30"));

        HttpResponse<String> again = console.post(browser, link, Map.of("csrf", csrf, "until", "resolves"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Already acknowledged by ops@example.org at 2019-05-01 08:00 UTC, until "
                + "2019-06-30.");
        assertThat(console.status(alert.fingerprint()).ackUntil()).hasToString("2019-06-30");
    }

    /** How a refused Acknowledge link is made from a fresh alert routed to ops. */
    private interface Forge {
        String link(LedgerEntry alert);
    }

    static Stream<Arguments> refusedLinks() {
        Forge oneCharacterChanged = alert -> {
            String link = console.link(Console.OPS, Action.ACKNOWLEDGE, alert.fingerprint());
            int at = link.length() - 5; // inside the signature
            return link.substring(0, at) + (link.charAt(at) == 'A' ? 'B' : 'A') + link.substring(at + 1);
        };
        Forge otherAction = alert -> console.link(Console.OPS, Action.OPEN_ALERT, alert.fingerprint())
                .replace("/act/open-alert/", "/act/acknowledge/");
        Forge expired = alert -> console.link(Console.OPS, Action.ACKNOWLEDGE, alert.fingerprint(),
                Duration.ofDays(-1), Console.KEY);
        Forge otherKey = alert -> console.link(Console.OPS, Action.ACKNOWLEDGE, alert.fingerprint(),
                Duration.ofDays(14), Console.KEY.replace('t', 'T'));
        Forge otherRecipient = alert -> console.link(Console.IRAN_DESK, Action.ACKNOWLEDGE, alert.fingerprint());
        return Stream.of(
                Arguments.of("with one character changed", oneCharacterChanged, 403, "This link is not valid"),
                Arguments.of("made for another action", otherAction, 403, "This link is for another action"),
                Arguments.of("expired", expired, 410, "This link has expired"),
                Arguments.of("signed with another key", otherKey, 403, "This link is not valid"),
                Arguments.of("for a recipient the alert is not routed to", otherRecipient, 403,
                        "no longer routed to iran-desk@example.org"));
    }

    @ParameterizedTest(name = "a link {0} is refused ({2}) and changes nothing")
    @MethodSource("refusedLinks")
    void aRefusedLinkSaysWhyOnItsPageAndItsPostChangesNothing(String what, Forge forge, int status, String message)
            throws Exception {
        LedgerEntry alert = console.opsAlert();
        String link = forge.link(alert);
        HttpClient browser = Console.browser();

        HttpResponse<String> page = console.get(browser, link);
        HttpResponse<String> post = console.post(browser, link, Map.of("csrf",
                Console.csrf(console.get(browser, "/sign-in").body()), "until", "resolves"));

        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.body()).contains(message).doesNotContain("Exception", "at io.");
        assertThat(post.statusCode()).isEqualTo(status);
        assertThat(console.status(alert.fingerprint()).status()).isEqualTo("firing");
    }

    @Test
    void aFormWithoutTheCsrfTokenOrFromAnotherSiteIsRefused() throws Exception {
        LedgerEntry alert = console.opsAlert();
        String link = console.link(Console.OPS, Action.ACKNOWLEDGE, alert.fingerprint());
        HttpClient browser = Console.browser();
        String csrf = Console.csrf(console.get(browser, link).body());

        HttpResponse<String> without = console.post(browser, link, Map.of("until", "resolves"));
        HttpResponse<String> foreign = console.post(browser, link, Map.of("csrf", csrf, "until", "resolves"),
                "Origin", "https://evil.example.com");

        HttpResponse<String> crossSite = console.post(browser, link, Map.of("csrf", csrf, "until", "resolves"),
                "Origin", "null", "Sec-Fetch-Site", "cross-site");

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(console.status(alert.fingerprint()).status()).isEqualTo("firing");
    }

    @Test
    void aRecordProgressLinkShowsAFormAndItsPostRecordsAWebFactByTheRecipient() throws Exception {
        LedgerEntry alert = console.opsAlert();
        String link = console.link(Console.OPS, Action.RECORD_PROGRESS, alert.fingerprint());
        HttpClient browser = Console.browser();
        String commitment = alert.alert().commitment();
        int before = console.app.coordination().progress(commitment).size();

        HttpResponse<String> page = console.get(browser, link);
        int afterGet = console.app.coordination().progress(commitment).size();
        HttpResponse<String> done = console.post(browser, link, Map.of("csrf", Console.csrf(page.body()),
                "kind", "note", "date", "2019-04-30", "note", "talked to the ministry"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"record-progress\"");
        assertThat(afterGet).isEqualTo(before);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("recorded by ops@example.org (web)");
        assertThat(console.app.coordination().progress(commitment)).anySatisfy(p -> {
            assertThat(p.progress().note()).isEqualTo("talked to the ministry");
            assertThat(p.by()).isEqualTo(Console.OPS);
        });
    }

    @Test
    void progressDatedInTheFutureIsRefusedWithAClearPage() throws Exception {
        LedgerEntry alert = console.opsAlert();
        String link = console.link(Console.OPS, Action.RECORD_PROGRESS, alert.fingerprint());
        HttpClient browser = Console.browser();
        String csrf = Console.csrf(console.get(browser, link).body());

        HttpResponse<String> refused = console.post(browser, link, Map.of("csrf", csrf, "kind", "held", "date",
                "1990-01-01"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Please correct this").doesNotContain("Exception");
    }

    @Test
    void theStartPageWithoutASessionShowsNoCommitment() throws Exception {
        HttpResponse<String> page = console.get(Console.browser(), "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign in to Pactwatch");
        for (var c : console.registry.commitments()) {
            assertThat(page.body()).doesNotContain(c.id());
        }
    }
}
