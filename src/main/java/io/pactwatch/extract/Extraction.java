package io.pactwatch.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Extractor} read from one article: the source (headline, publisher, date and how the date was
 * found), the draft commitments in the order of the text, and the past facts read as context, not commitments
 * ("the agreement dated June 17, 2004").
 */
public record Extraction(Optional<String> title, Optional<String> publisher, LocalDate published, String dateNote,
                         String dateline, List<Draft> drafts, List<String> context) {

    public Extraction {
        drafts = List.copyOf(drafts);
        context = List.copyOf(context);
    }
}
