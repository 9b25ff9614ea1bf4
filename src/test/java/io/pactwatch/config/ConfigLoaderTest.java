package io.pactwatch.config;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Policy;
import io.pactwatch.notify.MailSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    @TempDir
    Path home;

    @Test
    void theShippedConfigHoldsTheDocumentedDefaults() {
        Settings settings = ConfigLoader.load(Path.of("config/pactwatch.yaml"), Path.of("."));

        assertThat(settings.policy()).isEqualTo(Policy.defaults());
        assertThat(settings.registry()).isEqualTo(Path.of("./commitments"));
        assertThat(settings.rules()).isEqualTo(Path.of("./rules"));
        assertThat(settings.mail().maxMessageBytes()).isEqualTo(MailSettings.DEFAULT_MAX_MESSAGE_BYTES);
    }

    @Test
    void relativePathsResolveAgainstTheHomeAndUnsetThresholdsKeepTheirDefaults() throws IOException {
        Path file = write("registry: data/registry\npolicy:\n  stale-after-days: 30\n");

        Settings settings = ConfigLoader.load(file, home);

        assertThat(settings.registry()).isEqualTo(home.resolve("data/registry"));
        assertThat(settings.rules()).isEqualTo(home.resolve("rules"));
        assertThat(settings.policy().staleAfterDays()).isEqualTo(30);
        assertThat(settings.policy().undatedAfterDays()).isEqualTo(Policy.DEFAULT_UNDATED_AFTER_DAYS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt key           | policy:\\n  stale-after-day: 30\\n           | pactwatch.yaml:2: unknown key "stale-after-day" (did you mean "stale-after-days"?)
            not a number           | policy:\\n  stale-after-days: half a year\\n | pactwatch.yaml:2: "stale-after-days" must be a whole number of days (0 or more), got "half a year"
            negative               | policy:\\n  undated-after-days: -1\\n        | pactwatch.yaml:2: "undated-after-days" must be a whole number
            thresholds out of order| policy:\\n  deadline-critical-days: 40\\n    | pactwatch.yaml:2: the deadline thresholds must satisfy critical <= warning <= info (got 40, 30, 90)
            unknown top-level key  | registy: x\\n                              | pactwatch.yaml:1: unknown key "registy" (did you mean "registry"?)
            policy not a mapping   | policy: strict\\n                          | pactwatch.yaml:1: "policy" must be a mapping
            cluster on H2          | daemon:\\n  cluster: true\\n                | pactwatch.yaml:2: "cluster: true" needs a database both nodes share: set database.url to a jdbc:postgresql: URL
            """)
    void rejectsABadConfigNamingTheLine(String what, String yaml, String expected) throws IOException {
        write(yaml.replace("\\n", "\n"));

        assertThatThrownBy(() -> ConfigLoader.load(home.resolve("pactwatch.yaml"), home))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anySatisfy(p -> assertThat(p.toString()).startsWith(home + "/" + expected.strip())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no default route         | routes:\\n  - match: {party: Iran}\\n    to: a@example.org\\n                   | pactwatch.yaml:1: no default route: add a route without "match"
            two default routes       | routes:\\n  - to: a@example.org\\n  - to: b@example.org\\n                        | pactwatch.yaml:3: a second default route (a route without "match"; the first is at line 2)
            invalid address          | routes:\\n  - to: [ops@example.org, "Ops <ops@example.org>"]\\n                   | pactwatch.yaml:2: "Ops <ops@example.org>" is not an email address Pactwatch can send to: it contains U+0020 (SPACE)
            route to a double dot    | routes:\\n  - to: a..b@example.org\\n                                         | pactwatch.yaml:2: "a..b@example.org" is not an email address Pactwatch can send to: the part before the @ may not have two dots in a row
            admin with a bidi char   | daemon:\\n  admin: [ops@exam\u202Eple.org]\\n                                | pactwatch.yaml:2: "ops@exam<U+202E>ple.org" is not an email address Pactwatch can send to: it contains U+202E
            sender not in ASCII      | mail:\\n  from: pactwatch@exämple.org\\n                                      | pactwatch.yaml:2: "pactwatch@exämple.org" is not an email address Pactwatch can send to: its domain is not in ASCII
            route without recipients | routes:\\n  - match: {rule: overdue}\\n  - to: a@example.org\\n                 | pactwatch.yaml:2: missing required key "to"
            unknown severity         | routes:\\n  - match: {severity: urgent}\\n    to: a@example.org\\n  - to: b@example.org\\n | pactwatch.yaml:2: "severity" must be one of info, warning, critical, got "urgent"
            unknown match key        | routes:\\n  - match: {parti: Iran}\\n    to: a@example.org\\n  - to: b@example.org\\n | pactwatch.yaml:2: unknown key "parti" (did you mean "party"?)
            unknown transport        | mail:\\n  transport: smpt\\n                                                  | pactwatch.yaml:2: "transport" must be one of file, smtp, got "smpt" (did you mean "smtp"?)
            zero timeout             | mail:\\n  read-timeout-seconds: 0\\n                                           | pactwatch.yaml:2: "read-timeout-seconds" must be at least 1 second
            password without user    | mail:\\n  password-env: SMTP_PW\\n                                             | pactwatch.yaml:2: "password-env" needs "username"
            bad database url         | database:\\n  url: mysql://x\\n                                               | pactwatch.yaml:2: "url" must be a jdbc:postgresql: or jdbc:h2: URL
            zero repeat interval     | notify:\\n  repeat-info-days: 0\\n                                             | pactwatch.yaml:2: "repeat-info-days" must be at least 1 day
            zero attempts            | delivery:\\n  max-attempts: 0\\n                                               | pactwatch.yaml:2: "max-attempts" must be at least 1
            zero breaker failures    | delivery:\\n  breaker-failures: 0\\n                                           | pactwatch.yaml:2: "breaker-failures" must be at least 1
            deadline beyond lease    | delivery:\\n  pass-deadline-seconds: 600\\n  lease-seconds: 300\\n              | pactwatch.yaml:2: "pass-deadline-seconds" (600) must be less than "lease-seconds" (300)
            tiny digest budget       | mail:\\n  max-message-bytes: 1000\\n                                         | pactwatch.yaml:2: "max-message-bytes" must be at least 65536
            """)
    void rejectsABadMailOrRoutingConfigNamingTheLine(String what, String yaml, String expected) throws IOException {
        rejectsABadConfigNamingTheLine(what, yaml, expected);
    }

    @Test
    void theShippedConfigRoutesIranToItsDeskAndHasADefaultRoute() {
        Settings settings = ConfigLoader.load(Path.of("config/pactwatch.yaml"), Path.of("."));

        assertThat(settings.routes()).hasSize(3);
        assertThat(settings.routes().get(0).continueMatching()).isTrue();
        assertThat(settings.routes().get(2).isDefault()).isTrue();
        assertThat(settings.mail().transport()).isEqualTo(io.pactwatch.notify.MailSettings.TransportKind.FILE);
        assertThat(settings.mail().directory()).isEqualTo(Path.of("./var/mail"));
        assertThat(settings.database().url()).startsWith("jdbc:h2:file:").contains("MODE=PostgreSQL");
        assertThat(settings.repeat()).isEqualTo(io.pactwatch.ledger.RepeatPolicy.defaults());
    }

    @Test
    void smtpSettingsTakeThePortFromTheSecurityUnlessGiven() throws IOException {
        Path file = write("mail:\n  transport: smtp\n  host: mail.example.org\n  security: tls\n");

        Settings settings = ConfigLoader.load(file, home);

        assertThat(settings.mail().port()).isEqualTo(465);
        assertThat(settings.mail().describe()).isEqualTo("smtp mail.example.org:465 (tls)");
        assertThat(settings.mail().connectTimeout()).isEqualTo(io.pactwatch.notify.MailSettings.DEFAULT_CONNECT_TIMEOUT);
    }

    @Test
    void aRouteCanMatchOnTheRulesCategory() throws IOException {
        Path file = write("routes:\n  - match: {category: [gap, dependency]}\n    to: gaps@example.org\n"
                + "  - to: ops@example.org\n");

        assertThat(ConfigLoader.load(file, home).routes().get(0).match().categories())
                .containsExactlyInAnyOrder("gap", "dependency");
    }

    @Test
    void everyPolicyThresholdHasTheConfigKeyThatRuleListingsNameIt() {
        assertThat(io.pactwatch.rules.PolicyReader.KEYS).containsExactlyElementsOf(java.util.Arrays.stream(Policy.class.getRecordComponents())
                .map(c -> c.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT))
                .toList());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(home.resolve("pactwatch.yaml"), yaml);
    }
}
