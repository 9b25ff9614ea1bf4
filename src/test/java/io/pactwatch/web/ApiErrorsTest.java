package io.pactwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every API endpoint's refusals: JSON with a message a person understands, a 4xx status, never a stack trace. */
class ApiErrorsTest {

    private static Console console;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        console = Console.shared();
        token = Files.readString(console.home.resolve("web/" + DaemonAddress.TOKEN_FILE));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("GET", "/alerts", null, "none", 401, "sign in to the console"),
                Arguments.of("GET", "/alerts", null, "wrong", 401, "the API token is wrong"),
                Arguments.of("GET", "/alerts?severity=urgent", null, "token", 400, "severity must be info"),
                Arguments.of("GET", "/alerts?status=open", null, "token", 400, "status must be one of"),
                Arguments.of("GET", "/alerts?limit=0", null, "token", 400, "limit must be a whole number"),
                Arguments.of("GET", "/alerts?limit=100000", null, "token", 400, "limit must be a whole number"),
                Arguments.of("GET", "/alerts?offset=-1", null, "token", 400, "offset must be a whole number"),
                Arguments.of("GET", "/alerts/0000/history", null, "token", 400, "knows no alert with this fingerprint"),
                Arguments.of("POST", "/acknowledgements", "{", "token", 400, "not valid JSON"),
                Arguments.of("POST", "/acknowledgements", "[]", "token", 400, "must be a JSON object"),
                Arguments.of("POST", "/acknowledgements", "{}", "token", 400, "\"target\" is required"),
                Arguments.of("POST", "/acknowledgements", "{\"target\": 5}", "token", 400, "\"target\" must be a string"),
                Arguments.of("POST", "/acknowledgements", "{\"target\": \"nothing-like-this\"}", "token", 400,
                        "no firing alert has this fingerprint"),
                Arguments.of("POST", "/acknowledgements", "{\"target\": \"x\", \"until\": \"soon\"}", "token", 400,
                        "\"until\" must be a date"),
                Arguments.of("POST", "/acknowledgements", "{\"target\": \"x\"}", "none", 401, "sign in"),
                Arguments.of("POST", "/silences", "{\"matcher\": \"country\", \"value\": \"Iran\", \"until\": "
                        + "\"2019-06-01\"}", "token", 400, "\"matcher\" must be commitment, party or topic"),
                Arguments.of("POST", "/silences", "{\"matcher\": \"party\", \"value\": \"Iran\"}", "token", 400,
                        "\"until\" is required"),
                Arguments.of("POST", "/outbox/abc/retry", "{}", "token", 400, "a message id is a number"),
                Arguments.of("POST", "/outbox/999999/retry", "{}", "token", 400, "no dead or pending message"),
                Arguments.of("POST", "/outbox/purge", "{\"before\": \"yesterday\"}", "token", 400,
                        "\"before\" must be an instant"),
                Arguments.of("GET", "/preview", null, "token", 400, "\"asOf\" is required"),
                Arguments.of("GET", "/preview?asOf=tomorrow", null, "token", 400, "\"asOf\" must be a date"),
                Arguments.of("GET", "/preview?asOf=2019-04-01", null, "token", 400,
                        "the ledger already holds the evaluation of 2019-05-01"),
                Arguments.of("GET", "/preview?asOf=2019-06-01", null, "none", 401, "sign in"),
                Arguments.of("GET", "/commitments/no-such-commitment/progress", null, "token", 400,
                        "no-such-commitment"),
                Arguments.of("POST", "/progress", "{\"kind\": \"held\", \"date\": \"2019-04-15\"}", "token", 400,
                        "\"commitment\" is required"),
                Arguments.of("POST", "/progress", "{\"commitment\": \"ru-tr-cyber-conference\", \"kind\": \"hled\","
                        + " \"date\": \"2019-04-15\"}", "token", 400, "\"kind\" must be one of"),
                Arguments.of("POST", "/progress", "{\"commitment\": \"ru-tr-cyber-conference\", \"kind\": \"held\"}",
                        "token", 400, "\"date\" is required"),
                Arguments.of("POST", "/progress", "{\"commitment\": \"ru-tr-cyber-conference\", \"kind\": \"held\","
                        + " \"date\": \"April\"}", "token", 400, "\"date\" must be a date"),
                Arguments.of("POST", "/progress", "{\"commitment\": \"no-such-commitment\", \"kind\": \"held\","
                        + " \"date\": \"2019-04-15\"}", "token", 400, "no-such-commitment"),
                Arguments.of("POST", "/progress", "{\"commitment\": \"ru-tr-cyber-conference\", \"kind\": \"held\","
                        + " \"date\": \"1990-01-01\"}", "token", 400, "before"),
                Arguments.of("POST", "/progress", "{}", "none", 401, "sign in"),
                Arguments.of("POST", "/progress/clear", "{\"through\": \"all\"}", "token", 400,
                        "\"through\" must be the id"),
                Arguments.of("POST", "/sign-in-links", "{\"to\": \"nobody@example.com\"}", "token", 400,
                        "is not known to Pactwatch"),
                Arguments.of("GET", "/no-such-endpoint", null, "token", 404, "not found"),
                Arguments.of("DELETE", "/alerts", null, "token", 404, ""));
    }

    @ParameterizedTest(name = "{0} {1} {2} ({3}) -> {4}")
    @MethodSource("refusals")
    void refusalsAreJsonWithAMessage(String method, String path, String body, String auth, int status,
                                     String message) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(console.base + ApiRoutes.PREFIX + path))
                .timeout(Duration.ofSeconds(30)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (auth.equals("token")) {
            request.header("Authorization", "Bearer " + token);
        } else if (auth.equals("wrong")) {
            request.header("Authorization", "Bearer " + token.substring(1) + "x");
        }

        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/json"));
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.path("message").asText()).contains(message);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "at io.");
    }
}
