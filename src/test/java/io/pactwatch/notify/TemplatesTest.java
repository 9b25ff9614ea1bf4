package io.pactwatch.notify;

import io.pactwatch.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplatesTest {

    @TempDir
    Path dir;

    @Test
    void aMissingTemplatesDirectoryIsBadInputNamingIt() {
        assertThatThrownBy(() -> Templates.load(dir.resolve("none")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(dir.resolve("none") + ": template directory missing");
    }

    @Test
    void aMissingOrBrokenTemplateIsNamed() throws IOException {
        Files.writeString(dir.resolve(Templates.TEXT), "{{#alerts}} never closed");

        assertThatThrownBy(() -> Templates.load(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(dir.resolve(Templates.TEXT) + ": template does not compile")
                .hasMessageContaining(dir.resolve(Templates.HTML) + ": template missing");
    }
}
