package io.pactwatch.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench run} at a tiny size: the report has every figure a reader of docs/benchmarks.md needs. No figure
 * is compared with a time (speed is measured by hand, not asserted); only their presence and sign.
 */
class BenchCommandTest {

    @TempDir
    static Path work;

    private static Cli.Result run;

    @BeforeAll
    static void runTheHarnessSmall() {
        run = Cli.runBench("bench", "run", "--sizes", "100,200", "--warmups", "1", "--iterations", "1",
                "--messages", "20", "--pass-sizes", "150", "--web-commitments", "200", "--web-requests", "20",
                "--work", work.toString(), "--out", work.resolve("report.md").toString());
    }

    @Test
    void theReportTimesTheAttentionPageAndThePagedApiWithoutErrors() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("### Web console at 200 commitments", "20 requests in a row per endpoint from a second process",
                "Errors: 0.");
        assertThat(row("| `GET /` (attention page, signed in)").get(1)).endsWith(" ms");
    }

    @Test
    void theReportNamesTheMachineTheJvmAndTheDate() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("## Measured 2019-05-01", "cores,", "GiB of memory", "- JVM: ", "flags `",
                "shipped pack compile: ");
    }

    @Test
    void everySizeGetsARowWithEveryColumnFilledIn() {
        assertThat(row("| 100 |")).hasSize(10);
        List<String> cells = row("| 200 |");
        assertThat(cells).hasSize(10);
        assertThat(cells.get(7)).endsWith("×");
        assertThat(cells.get(9)).endsWith(" B");
        assertThat(number(cells.get(2))).as("alerts").isPositive();
        assertThat(cells.get(4)).as("JSON Lines load seconds").matches("\\d+\\.\\d\\d");
        assertThat(number(cells.get(5))).as("Drools seconds").isPositive();
    }

    @Test
    void deliveryThroughputIsMeasuredThroughTheOutboxAndWithANewConnectionPerMessage() {
        assertThat(run.out()).contains("Email delivery to a GreenMail in the same JVM on 127.0.0.1:", "20 digests");
        List<String> outbox = row("| through the outbox");
        List<String> perMessage = row("| a new SMTP connection per message");
        assertThat(outbox.get(1)).isEqualTo("20");
        assertThat(number(outbox.get(3))).as("messages/s through the outbox").isPositive();
        assertThat(perMessage.get(1)).isEqualTo("20");
        assertThat(number(perMessage.get(3))).as("messages/s, new connection each").isPositive();
    }

    @Test
    void theWholeNotifyingPassIsMeasuredWithTheNextDayAndItsPeakHeap() {
        List<String> cells = row("| 150 |");
        assertThat(cells).hasSize(9);
        assertThat(number(cells.get(1))).as("alerts").isPositive();
        assertThat(cells.get(3)).as("digests: five desks and ops").isEqualTo("6");
        assertThat(number(cells.get(5))).as("first day seconds").isPositive();
        assertThat(number(cells.get(6))).as("next day's notices, fewer than the first day's")
                .isLessThan(number(cells.get(2)));
        assertThat(cells.get(8)).endsWith(" MB");
    }

    @Test
    void deliveryIsAlsoMeasuredToADiscardingSinkWithTheTransportAloneAndABareClientAsBaselines() {
        assertThat(run.out()).contains("Email delivery to a discarding SMTP sink in the same JVM");
        assertThat(run.out().lines().filter(l -> l.startsWith("| through the outbox"))).hasSize(2);
        for (String start : List.of("| the transport alone", "| baseline: a bare SMTP client")) {
            List<String> cells = row(start);
            assertThat(cells.get(1)).isEqualTo("20");
            assertThat(number(cells.get(3))).as(start).isPositive();
        }
    }

    @Test
    void theReportIsAppendedToTheOutFile() throws Exception {
        assertThat(Files.readString(work.resolve("report.md"))).isEqualTo("\n" + run.out());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "--messages=0         | --messages must be at least 1, not 0",
        "--iterations=0       | --iterations must be at least 1, not 0",
        "--warmups=-1         | --warmups must be at least 0, not -1",
        "--sizes=1000,0       | each of --sizes must be at least 1, not 0",
        "--pass-sizes=0       | each of --pass-sizes must be at least 1, not 0",
        "--smtp=localhost     | --smtp wants HOST:PORT, got \"localhost\"",
        "--smtp=localhost:smtp | --smtp wants HOST:PORT with a numeric port, got \"localhost:smtp\"",
    })
    void badOptionsAreUsageErrorsThatSayWhatIsExpected(String option, String message) {
        Cli.Result result = Cli.runBench("bench", "run", option, "--work", work.resolve("unused").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(message);
        assertThat(result.out()).isEmpty();
    }

    /** The cells of the first Markdown table row that starts with {@code start}. */
    private static List<String> row(String start) {
        String line = run.out().lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + start + " in\n" + run.out()));
        return Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList();
    }

    private static double number(String cell) {
        return Double.parseDouble(cell.replaceAll("[^0-9.]", ""));
    }
}
