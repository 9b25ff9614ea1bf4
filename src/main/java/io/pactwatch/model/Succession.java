package io.pactwatch.model;

/**
 * One {@code supersedes} link of the registry, as a fact of its own: {@code successor} supersedes
 * {@code predecessor}. Rules ask "does anything supersede X?" through it, an indexed join, where
 * {@code Commitment(supersedes contains $id)} would compare every pair of commitments (docs/benchmarks.md).
 */
@Doc("A `supersedes` link: `successor` supersedes `predecessor`. One fact per link; match `Succession(predecessor == $id)` to find successors.")
public record Succession(
        @Doc("The id of the commitment that is superseded.") String predecessor,
        @Doc("The id of the commitment that supersedes it.") String successor) {
}
