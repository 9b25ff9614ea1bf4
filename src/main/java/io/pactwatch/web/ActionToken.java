package io.pactwatch.web;

import java.time.Instant;

/**
 * What a signed token says: who may do what to which alert or commitment, until when.
 *
 * @param recipient the address the link was sent to; the actor of what it does
 * @param target    a fingerprint, a commitment id, or for a sign-in the address again
 * @param id        unique per token: a sign-in token is spent by recording it
 */
record ActionToken(String recipient, Action action, String target, Instant expires, String id) {
}
