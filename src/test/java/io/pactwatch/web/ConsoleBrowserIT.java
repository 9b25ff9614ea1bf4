package io.pactwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end in Debian's Chromium against a real daemon process on the packaged jar with the file transport: a
 * sign-in link arrives as an .eml and signs the browser in; a digest's Acknowledge link opened (which changes
 * nothing) and confirmed acknowledges the alert, as the console and {@code pactwatch alerts} beside the daemon on
 * H2 show; progress recorded in the console resolves the alert at the next evaluation, and that digest says why.
 * One browser for the whole class; it also takes the console's screenshots (docs/images/ when asked to, CONTRIBUTING.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Path JAR = REPO.resolve("target/pactwatch.jar");
    private static final String KEY = "browser-test-key-0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String ADMIN = "admin@example.org";
    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final String CONFERENCE = "ru-tr-cyber-conference";

    private static Path dir;
    private static Path config;
    private static Path mail;
    private static String base;
    private static Process daemon;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("pactwatch-browser");
        mail = dir.resolve("mail");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        config = Files.writeString(dir.resolve("pactwatch.yaml"), """
                database:
                  url: jdbc:h2:file:%1$s/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1
                mail:
                  transport: file
                  directory: %1$s/mail
                  from: pactwatch@example.org
                routes:
                  - to: [ops@example.org]
                schedule:
                  cron: "0 0 7 1 1 ? 2099"
                  delivery-interval-seconds: 1
                daemon:
                  health-port: %2$d
                  admin: [admin@example.org]
                web:
                  base-url: %3$s
                  state-directory: %1$s/web
                """.formatted(dir, port, base));
        Run once = cli("run", "--once", "--as-of", "2019-05-01");
        assertThat(once.code()).as(once.err()).isZero();
        daemon = command("run").redirectErrorStream(true).redirectOutput(dir.resolve("daemon.log").toFile()).start();
        await().atMost(BOUND).until(() -> {
            assertThat(daemon.isAlive()).as(Files.readString(dir.resolve("daemon.log"))).isTrue();
            return Files.readString(dir.resolve("daemon.log")).contains(" started: ");
        });
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        browser = new ChromeDriver(options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (daemon != null) {
            daemon.destroy();
            daemon.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(1)
    void aCoordinatorSignsInFromTheMailedLinkAndAcknowledgesFromTheDigest() throws Exception {
        // Sign in: ask for a link, open the .eml, confirm.
        browser.get(base + "/");
        assertThat(browser.getPageSource()).contains("Sign in to Pactwatch").doesNotContain("ru-tr-cyber-conference");
        screenshot("console-sign-in");
        browser.findElement(By.name("address")).sendKeys(ADMIN);
        submit(By.cssSelector("form[action='/sign-in'] button"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("a sign-in link is on its way");
        String signIn = await().atMost(BOUND).until(() -> link("[Pactwatch] your sign-in link",
                Pattern.compile("(" + Pattern.quote(base) + "/sign-in/[A-Za-z0-9._-]+)")), Optional::isPresent).get();
        browser.get(signIn);
        submit(By.id("sign-in"));
        assertThat(browser.getPageSource()).contains("Needs attention", ADMIN);
        screenshot("console-attention");

        // A digest's Acknowledge link: the GET changes nothing, the form's POST acknowledges.
        String acknowledge = digestAcknowledgeLink();
        String fingerprint = fingerprint(acknowledge);
        browser.get(acknowledge);
        assertThat(browser.findElement(By.id("acknowledge")).isDisplayed()).isTrue();
        screenshot("console-confirm-acknowledge");
        assertThat(statusBesideTheDaemon(fingerprint)).isEqualTo("firing");
        submit(By.cssSelector("#acknowledge button[type=submit]"));
        assertThat(browser.findElement(By.id("message")).getText()).startsWith("Acknowledged by ops@example.org");
        assertThat(statusBesideTheDaemon(fingerprint)).isEqualTo("acknowledged");

        browser.get(base + "/?status=acknowledged");
        assertThat(browser.findElement(By.id("alert-" + fingerprint)).getText()).contains("acknowledged");
        browser.get(base + "/timeline");
        assertThat(browser.findElement(By.id("timeline")).isDisplayed()).isTrue();
        screenshot("console-timeline");
        browser.get(base + "/commitments/" + CONFERENCE);
        screenshot("console-commitment");
    }

    /** Last, since it stops the daemon: the next evaluation is a `run --once` on the H2 file the daemon held. */
    @Test
    @Order(2)
    void progressRecordedInTheConsoleDropsTheAlertAtTheNextEvaluationAndTheDigestSaysWhy() throws Exception {
        Run login = cli("login-link", "--to", ADMIN);
        assertThat(login.code()).as(login.err()).isZero();
        browser.get(login.out().strip());
        submit(By.id("sign-in"));
        browser.get(base + "/commitments/" + CONFERENCE);
        new Select(browser.findElement(By.name("kind"))).selectByVisibleText("held");
        // A date input's typing order follows the browser's locale; its value is always ISO 8601.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2019-04-15'",
                browser.findElement(By.name("date")));
        browser.findElement(By.name("note")).sendKeys("held in Ankara");
        submit(By.cssSelector("#record-progress button[type=submit]"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("recorded by " + ADMIN + " (web)");
        assertThat(alertsBesideTheDaemon(CONFERENCE)).contains("firing");
        // preview and progress beside the daemon that holds the H2 file: through its API
        Run progress = cli("progress", "list", CONFERENCE);
        assertThat(progress.code()).as(progress.err()).isZero();
        assertThat(progress.out()).contains("2019-04-15", "held", "recorded by " + ADMIN + " (web)");
        Run preview = cli("preview", "--as-of", "2019-05-02", "--to", "ops@example.org");
        assertThat(preview.code()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("1 digest rendered as of 2019-05-02");
        List<Path> told = emls();

        daemon.destroy();
        assertThat(daemon.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Run next = cli("run", "--once", "--as-of", "2019-05-02");

        assertThat(next.code()).as(next.err()).isZero();
        assertThat(alertsBesideTheDaemon(CONFERENCE)).isNotEmpty().containsOnly("resolved");
        List<String> digests = new ArrayList<>();
        for (Path eml : emls()) {
            if (!told.contains(eml)) {
                digests.add(htmlPart(eml));
            }
        }
        assertThat(digests).anySatisfy(html -> assertThat(html).contains("RESOLVED",
                "held on 2019-04-15 (recorded by " + ADMIN + ")"));
    }

    private static String digestAcknowledgeLink() throws Exception {
        for (Path eml : emls()) {
            String html = htmlPart(eml);
            Matcher m = Pattern.compile("href=\"(" + Pattern.quote(base) + "/act/acknowledge/[^\"]+)\"[^>]*>"
                    + "Acknowledge").matcher(html);
            if (m.find()) {
                return m.group(1).replace("&amp;", "&");
            }
        }
        throw new AssertionError("no digest with an Acknowledge link in " + mail);
    }

    /** The fingerprint the token binds, from the status page the link opens (the token itself is opaque). */
    private static String fingerprint(String link) throws Exception {
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("<dt>Fingerprint</dt><dd>([0-9a-f]+)</dd>").matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    /** The statuses of a commitment's alerts, as `pactwatch alerts` prints them beside the daemon (or alone). */
    private static List<String> alertsBesideTheDaemon(String commitment) throws Exception {
        Run alerts = cli("alerts", "--format", "json");
        assertThat(alerts.code()).as(alerts.err()).isZero();
        List<String> statuses = new ArrayList<>();
        for (JsonNode e : new ObjectMapper().readTree(alerts.out())) {
            if (e.path("commitment").asText().equals(commitment)) {
                statuses.add(e.path("status").asText());
            }
        }
        return statuses;
    }

    private static String statusBesideTheDaemon(String fingerprint) throws Exception {
        Run alerts = cli("alerts", "--format", "json");
        assertThat(alerts.code()).as(alerts.err()).isZero();
        for (JsonNode e : new ObjectMapper().readTree(alerts.out())) {
            if (e.path("fingerprint").asText().equals(fingerprint)) {
                return e.path("status").asText();
            }
        }
        throw new AssertionError("no alert " + fingerprint + " in " + alerts.out());
    }

    private static Optional<String> link(String subject, Pattern pattern) throws Exception {
        for (Path eml : emls()) {
            MimeMessage message = parse(eml);
            if (subject.equals(message.getSubject())) {
                Matcher m = pattern.matcher(String.valueOf(message.getContent()));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> emls() throws IOException {
        if (!Files.isDirectory(mail)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(mail)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private static MimeMessage parse(Path eml) throws Exception {
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(eml))) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static String htmlPart(Path eml) throws Exception {
        Object content = parse(eml).getContent();
        return content instanceof Multipart multipart ? html(multipart) : "";
    }

    private static String html(Multipart multipart) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/html")) {
                out.append(part.getContent());
            } else if (part.getContent() instanceof Multipart nested) {
                out.append(html(nested));
            }
        }
        return out.toString();
    }

    /**
     * Clicks a form's button and waits (bounded) until the browser has replaced the page with the answer: a click
     * returns before the POST's answer is loaded, so a look-up right after it could still see the form's page. The
     * form's document is marked before the click; the answer is a new document without the mark. (Waiting for the
     * old element to go stale is not enough: Chromium may answer "Node does not belong to the document" instead of
     * reporting it stale while the navigation is under way.)
     */
    private static void submit(By button) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("document.pactwatchFormPage = true");
        browser.findElement(button).click();
        new WebDriverWait(browser, BOUND)
                .ignoring(WebDriverException.class) // a script run while the navigation swaps documents may fail
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return document.pactwatchFormPage === undefined && document.readyState === 'complete'")));
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        // under target/ by default: a test run leaves the working tree as it was; -Dpactwatch.screenshots=docs/images
        // refreshes the README's pictures (CONTRIBUTING.md)
        Path directory = REPO.resolve(System.getProperty("pactwatch.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Files.copy(shot.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = command(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Dpactwatch.home=" + REPO, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--config", config.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("PACTWATCH_WEB_KEY", KEY);
        return builder;
    }
}
