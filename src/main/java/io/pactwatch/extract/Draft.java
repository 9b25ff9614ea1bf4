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
 * @param repeats the other sentences that announce the same commitment, merged into this draft
 */
public record Draft(String id, String title, Kind kind, List<String> parties, List<String> invited, Timex due,
                    String dueText, boolean tentative, String quote, String clause, Map<String, String> review,
                    List<String> repeats) {

    public Draft {
        parties = List.copyOf(parties);
        invited = List.copyOf(invited);
        review = Map.copyOf(review);
        repeats = List.copyOf(repeats);
    }

    /** This draft with {@code due} (read from {@code text}) and the note saying where it comes from. */
    Draft withDue(Timex due, String text, String note) {
        Map<String, String> notes = new java.util.LinkedHashMap<>(review);
        notes.put("due", note);
        return new Draft(id, title, kind, parties, invited, due, text, tentative, quote, clause, notes, repeats);
    }

    /** This draft with {@code other}'s sentence as a repeat, its period when this has none, hedged if either is. */
    Draft absorbing(Draft other) {
        Map<String, String> notes = new java.util.LinkedHashMap<>(review);
        List<String> quotes = new java.util.ArrayList<>(repeats);
        if (!other.quote.equals(quote) && !quotes.contains(other.quote)) {
            quotes.add(other.quote);
        }
        quotes.addAll(other.repeats.stream().filter(q -> !quotes.contains(q) && !q.equals(quote)).toList());
        Timex mergedDue = due;
        String mergedText = dueText;
        if (due == null && other.due != null) {
            mergedDue = other.due;
            mergedText = other.dueText;
            notes.put("due", other.review.get("due") + ", from a later mention of the same commitment");
        }
        boolean hedged = tentative || other.tentative;
        if (hedged && !tentative) {
            notes.put("tentative", other.review.get("tentative"));
        }
        notes.put("repeats", "merged: the same " + kind.label() + " is mentioned again; check that it is one commitment");
        return new Draft(id, title, kind, parties, invited, mergedDue, mergedText, hedged, quote, clause, notes, quotes);
    }
}
