package io.pactwatch.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Extractor} read from one article: the source (headline, publisher, date and how the date was
 * found) and the draft commitments, in the order of the text.
 */
public record Extraction(Optional<String> title, Optional<String> publisher, LocalDate published, String dateNote,
                         String dateline, List<Draft> drafts) {

    public Extraction {
        drafts = List.copyOf(drafts);
    }
}
