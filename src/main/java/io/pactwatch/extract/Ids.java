package io.pactwatch.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Registry ids for drafts: the parties' codes and a few words of the title, unique within one extraction. */
final class Ids {

    private static final int MAX_CODES = 2;
    private static final int MAX_WORDS = 4;
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "on", "in", "to", "and", "for",
            "with", "by", "at", "from", "that", "this", "we", "they", "will", "be", "is", "are", "was", "were", "have",
            "has", "been", "it", "its", "our", "their", "us", "also");

    private final Set<String> used = new HashSet<>();

    /** [a-z0-9][a-z0-9-]*, as the registry requires; "-2", "-3" ... when taken. */
    String next(List<String> codes, String title) {
        String words = java.util.Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w)).limit(MAX_WORDS)
                .collect(Collectors.joining("-"));
        String base = String.join("-", codes.stream().limit(MAX_CODES).toList())
                + (words.isEmpty() ? "-commitment" : "-" + words);
        base = base.replaceAll("^-+", "");
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
