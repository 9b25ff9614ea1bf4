package io.pactwatch.rules;

import java.nio.file.Path;

/** What a rule declares about itself: its name, where it is written, and its metadata. */
public record RuleInfo(String name, Path file, String severity, String category, String description) {
}
