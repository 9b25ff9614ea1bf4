package io.pactwatch.notify;

import io.pactwatch.store.Database;
import io.pactwatch.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML part of a digest as a reader sees it: rendered by a real headless Chromium (Debian's chromium and
 * chromium-driver, never downloaded), with the console's links. Keeps a screenshot (docs/images/digest.png when asked to, see CONTRIBUTING.md).
 */
class DigestBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Under target/ by default; {@code -Dpactwatch.screenshots=docs/images} refreshes the README's picture. */
    static final Path SCREENSHOT = Path.of(System.getProperty("pactwatch.screenshots", "target/screenshots"), "digest.png");
    static final int WIDTH = 900;

    @TempDir
    static Path dir;

    private static ChromeDriver browser;

    @BeforeAll
    static void open() throws Exception {
        // Selenium Manager would look for (and download) a driver; the system property points at Debian's
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(WIDTH, 1000));
        browser.get(digest().toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The Iran desk's digest of 2019-05-01, with links, as a file the browser opens. */
    private static Path digest() throws Exception {
        LocalDate day = LocalDate.of(2019, 5, 1);
        Clock clock = Clock.fixed(day.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Database db = TestDatabases.open(TestDatabases.Engine.H2, dir)) {
            List<OutboxMessage> messages = Fixtures.application(db, clock).registry(Fixtures.seed())
                    .actionLinks(new TestLinks()).build().notifyingPass().run(day).messages();
            OutboxMessage iran = messages.stream().filter(m -> m.recipient().equals(Fixtures.IRAN_DESK))
                    .findFirst().orElseThrow();
            return Files.writeString(dir.resolve("digest.html"), Preview.html(iran.raw()), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theReaderSeesTheSummaryFirstWithCountsAndTheMostUrgentItems() {
        WebElement summary = browser.findElement(By.id("summary"));
        WebElement firstCommitment = browser.findElements(By.cssSelector("section.commitment")).get(0);

        assertThat(summary.getLocation().getY()).isLessThan(firstCommitment.getLocation().getY());
        assertThat(summary.getText()).startsWith("3 CRITICAL 2 WARNING 7 INFO").contains("Most urgent",
                "CRITICAL Plan for joint anti-drug action 2012-2014: overdue, was due 2014-12-31");
    }

    @Test
    void everyAlertShowsItsSeverityAsAWordAndNotOnlyAsAColour() {
        List<WebElement> alerts = browser.findElements(By.cssSelector("div.alert"));

        assertThat(alerts).isNotEmpty().allSatisfy(alert -> assertThat(alert.getText())
                .containsPattern("^(CRITICAL|WARNING|INFO) "));
        assertThat(browser.findElement(By.cssSelector("div.alert strong")).getCssValue("color"))
                .isEqualTo("rgba(176, 0, 32, 1)");
    }

    @Test
    void noAlertRepeatsTheTitleOfTheCommitmentItIsListedUnder() {
        List<WebElement> sections = browser.findElements(By.cssSelector("section.commitment"));

        assertThat(sections).isNotEmpty().allSatisfy(section -> {
            String heading = section.findElement(By.tagName("h2")).getText();
            String title = heading.substring(0, heading.lastIndexOf(" ("));
            assertThat(section.findElements(By.cssSelector("div.alert")))
                    .allSatisfy(alert -> assertThat(alert.getText()).doesNotContain(title));
        });
    }

    @Test
    void theAcknowledgeButtonsLeadToTheConsoleAndAScreenshotIsKept() throws Exception {
        List<WebElement> acknowledge = browser.findElements(By.partialLinkText("Acknowledge"));

        assertThat(acknowledge).hasSize(browser.findElements(By.cssSelector("div.alert")).size())
                .allSatisfy(a -> assertThat(a.getDomProperty("href")).startsWith(TestLinks.BASE + "a/ack/")
                        .endsWith("?to=iran-desk%40example.org"));
        assertThat(browser.findElements(By.linkText("Open this commitment"))).hasSize(
                browser.findElements(By.cssSelector("section.commitment")).size());

        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight");
        // the window includes what the page does not: leave room so that the whole digest is in the picture
        browser.manage().window().setSize(new Dimension(WIDTH, (int) height + 200));
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(SCREENSHOT).isNotEmptyFile();
    }
}
