package io.pactwatch.extract;

import io.pactwatch.model.Kind;

/**
 * Why a clause reads as a commitment.
 *
 * @param kind      what sort of commitment its words suggest
 * @param tentative whether it is hedged ("tentatively", "possibly", "plan to")
 * @param evidence  the words that made the call, for the reviewer
 * @param titleText the clause from where a title should start: the promised action ("hold special consultations
 *                  ...") or, when the cue says nothing of it ("was tentatively scheduled"), the whole clause
 */
record Cue(Kind kind, boolean tentative, String evidence, String titleText) {
}
