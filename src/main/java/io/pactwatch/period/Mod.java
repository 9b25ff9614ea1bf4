package io.pactwatch.period;

/**
 * The TIMEX3 {@code mod} of a time expression (TimeML 1.2.1 guidelines, section 2.2.1): "early 2011" is 2011
 * with START, "post-1959" is 1959 with AFTER, "almost four years ago" is the year with APPROX. NONE prints as
 * an empty column.
 */
public enum Mod {
    NONE, START, MID, END, BEFORE, AFTER, APPROX, LESS_THAN, MORE_THAN;

    /** The attribute value as TimeML writes it; empty for NONE. */
    public String label() {
        return this == NONE ? "" : name();
    }
}
