package io.pactwatch.rules;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DRL files of a rule directory, parsed into Drools' descriptors (not compiled): what tools read to find a
 * rule's line, its metadata and its conditions as written.
 */
final class RuleSources {

    /** One parsed file; {@code descr} is empty when the file does not parse (the compiler reports why). */
    record SourceFile(Path file, String text, Optional<PackageDescr> descr) {

        List<RuleDescr> rules() {
            return descr.map(PackageDescr::getRules).orElse(List.of());
        }

        /** The text between two character offsets of the file, as the descriptors give them. */
        String slice(int start, int end) {
            return start >= 0 && end >= start && end <= text.length() ? text.substring(start, end) : "";
        }
    }

    /** A rule with the file it is written in. */
    record SourceRule(SourceFile file, RuleDescr rule) {

        String name() {
            return rule.getName();
        }

        /** Metadata value with its quotes removed, or null. */
        String meta(String key) {
            return rule.getAnnotation(key) == null ? null : String.valueOf(rule.getAnnotation(key).getSingleValueStripped());
        }

        String location() {
            return file.file() + ":" + rule.getLine();
        }
    }

    private RuleSources() {
    }

    static List<SourceFile> parse(List<Path> files) {
        List<SourceFile> parsed = new ArrayList<>();
        for (Path file : files) {
            try {
                String text = Files.readString(file);
                DrlParser parser = new DrlParser();
                PackageDescr descr = parser.parse(false, text);
                parsed.add(new SourceFile(file, text, parser.hasErrors() ? Optional.empty() : Optional.ofNullable(descr)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            } catch (DroolsParserException e) {
                parsed.add(new SourceFile(file, "", Optional.empty()));
            }
        }
        return parsed;
    }

    static List<SourceRule> rules(List<SourceFile> files) {
        return files.stream().flatMap(f -> f.rules().stream().map(r -> new SourceRule(f, r))).toList();
    }
}
