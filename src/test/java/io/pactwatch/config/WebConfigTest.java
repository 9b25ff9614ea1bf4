package io.pactwatch.config;

import io.pactwatch.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The web: section as an admin writes it, and the mistakes the loader names with their line. */
class WebConfigTest {

    @TempDir
    Path home;

    private Path write(String yaml) throws IOException {
        return Files.writeString(home.resolve("pactwatch.yaml"), yaml);
    }

    @Test
    void withoutAWebSectionThereAreNoLinksAndSignInIsByEmail() throws IOException {
        WebSettings web = ConfigLoader.load(write("rules: rules\n"), home).web();

        assertThat(web.baseUrl()).isEmpty();
        assertThat(web.auth()).isEqualTo(WebSettings.Auth.EMAIL_LINK);
        assertThat(web.keyEnv()).isEqualTo(WebSettings.DEFAULT_KEY_ENV);
        assertThat(web.stateDirectory()).isEqualTo(home.resolve("var/web"));
        assertThat(web.secure()).isFalse();
    }

    @Test
    void anHttpsBaseUrlMakesCookiesSecureAndLosesItsTrailingSlash() throws IOException {
        WebSettings web = ConfigLoader.load(write("web:\n  base-url: https://pactwatch.example.org/\n"), home).web();

        assertThat(web.baseUrl()).hasValue("https://pactwatch.example.org");
        assertThat(web.secure()).isTrue();
    }

    @Test
    void mistakesAreNamedWithTheirLine() throws IOException {
        Path file = write("""
                web:
                  base-url: pactwatch.example.org
                  key-env: "s3cr3t key value"
                  auth: proxy-header
                  token-days: 0
                """);

        assertThatThrownBy(() -> ConfigLoader.load(file, home)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.toString() + ((InvalidInputException) e).problems()).contains(
                        "pactwatch.yaml:2", "\"base-url\" must be the console's public http:// or https:// address",
                        "pactwatch.yaml:3", "\"key-env\" must name an environment variable",
                        "pactwatch.yaml:4", "needs \"trusted-proxies\"",
                        "pactwatch.yaml:5", "\"token-days\" must be at least 1"));
    }
}
