package io.pactwatch.extract;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The five seed articles and, for each, the commitments a careful reader finds (written by hand, first). */
final class Seeds {

    static final Path DIR = Path.of("src/test/resources/extract");
    /** The latest date an article may have: a fixed "today", as the CLI's clock would give. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    record Expected(String match, String kind, List<String> parties, String due, boolean tentative) {
    }

    record Seed(String name, Path article, LocalDate published, List<Expected> commitments) {

        String text() {
            try {
                return Files.readString(article);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Extraction extract() {
            return new Extractor(Gazetteer.standard()).extract(article, text(), Optional.empty(), TODAY);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Seeds() {
    }

    static List<Seed> all() {
        try (Stream<Path> files = Files.list(DIR.resolve("expected"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(Seeds::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Seed read(Path file) {
        try {
            Map<String, Object> yaml = (Map<String, Object>) new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                    .loadFromString(Files.readString(file));
            List<Expected> expected = ((List<Map<String, Object>>) yaml.get("commitments")).stream()
                    .map(c -> new Expected((String) c.get("match"), (String) c.get("kind"), (List<String>) c.get("parties"),
                            (String) c.get("due"), (Boolean) c.get("tentative")))
                    .toList();
            return new Seed(file.getFileName().toString(), DIR.resolve("seeds").resolve((String) yaml.get("article")),
                    LocalDate.parse(String.valueOf(yaml.get("published"))), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
