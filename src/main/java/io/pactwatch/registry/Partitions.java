package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a registry into parts that share no {@code supersedes} or {@code depends-on} link, each of at most
 * {@code maxSize} commitments where the links allow, so that large registries can be evaluated part by part:
 * on several cores, and with the memory of one part at a time (docs/benchmarks.md).
 *
 * <p>Linear in the size of the registry (a million commitments are split in a fraction of a second): commitments
 * are numbered once, connected components are found by union-find over those numbers, and components are packed
 * largest first into the part being filled, a new part starting when it is full.
 */
public final class Partitions {

    private Partitions() {
    }

    /** The registry in parts; one part when it has no more than {@code maxSize} commitments. */
    public static List<Registry> of(Registry registry, int maxSize) {
        List<Commitment> commitments = registry.commitments();
        if (commitments.size() <= maxSize) {
            return List.of(registry);
        }
        Map<String, Integer> index = new HashMap<>(commitments.size() * 2);
        for (int i = 0; i < commitments.size(); i++) {
            index.put(commitments.get(i).id(), i);
        }
        int[] partOf = pack(components(commitments, index), maxSize);
        int parts = Arrays.stream(partOf).max().orElse(-1) + 1;
        List<List<Commitment>> partCommitments = lists(parts);
        for (int i = 0; i < commitments.size(); i++) {
            partCommitments.get(partOf[i]).add(commitments.get(i));
        }
        List<List<Progress>> partProgress = lists(parts);
        for (Progress p : registry.progress()) {
            Integer owner = index.get(p.commitment());
            if (owner != null) {
                partProgress.get(partOf[owner]).add(p);
            }
        }
        List<Registry> registries = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            registries.add(new Registry(partCommitments.get(i), partProgress.get(i)));
        }
        return registries;
    }

    /** The root of each commitment's connected component in the link graph. */
    private static int[] components(List<Commitment> commitments, Map<String, Integer> index) {
        int[] parent = new int[commitments.size()];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            for (List<String> links : List.of(c.supersedes(), c.dependsOn())) {
                for (String other : links) {
                    Integer j = index.get(other);
                    if (j != null) {
                        parent[root(parent, i)] = root(parent, j);
                    }
                }
            }
        }
        for (int i = 0; i < parent.length; i++) {
            parent[i] = root(parent, i);
        }
        return parent;
    }

    /** The part of each commitment: whole components, largest first, a new part when the current one is full. */
    private static int[] pack(int[] root, int maxSize) {
        int[] size = new int[root.length];
        for (int r : root) {
            size[r]++;
        }
        Integer[] roots = Arrays.stream(root).distinct().boxed().toArray(Integer[]::new);
        Arrays.sort(roots, Comparator.comparingInt((Integer r) -> size[r]).reversed());
        int[] partOfRoot = new int[root.length];
        int part = 0;
        int filled = 0;
        for (int r : roots) {
            if (filled > 0 && filled + size[r] > maxSize) {
                part++;
                filled = 0;
            }
            partOfRoot[r] = part;
            filled += size[r];
        }
        int[] partOf = new int[root.length];
        Arrays.setAll(partOf, i -> partOfRoot[root[i]]);
        return partOf;
    }

    /** Path-halving find: keeps the trees flat without recursion. */
    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static <T> List<List<T>> lists(int count) {
        List<List<T>> lists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
