package io.pactwatch.extract;

import io.pactwatch.model.Kind;
import io.pactwatch.period.Timex;

import java.util.List;
import java.util.Map;

/**
 * One proposed commitment read from a clause of an article.
 *
 * @param due     the period found in the clause, resolved against the article's date; null when none
 * @param dueText the period as the article writes it; null when none
 * @param quote   the whole sentence, as written
 * @param clause  the part of the sentence this draft comes from (the sentence itself when it was not split)
 * @param review  for each guessed field, what the guess rests on (field name to note)
 */
public record Draft(String id, String title, Kind kind, List<String> parties, List<String> invited, Timex due,
                    String dueText, boolean tentative, String quote, String clause, Map<String, String> review) {

    public Draft {
        parties = List.copyOf(parties);
        invited = List.copyOf(invited);
        review = Map.copyOf(review);
    }
}
