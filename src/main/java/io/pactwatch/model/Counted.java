package io.pactwatch.model;

/**
 * A count with its noun in the right number, for what users read: "1 commitment", "2 commitments", "0 alerts".
 * The one way messages say how many (docs/cli.md).
 */
public final class Counted {

    private Counted() {
    }

    /** {@code n} and {@code noun}, with an "s" unless {@code n} is 1 (or -1). */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /** {@code n} and {@code one} or {@code many}, for nouns that do not take an "s" ("entry", "entries"). */
    public static String of(long n, String one, String many) {
        return n + " " + (Math.abs(n) == 1 ? one : many);
    }
}
