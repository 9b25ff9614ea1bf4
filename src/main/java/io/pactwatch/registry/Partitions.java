package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a registry into parts that share no {@code supersedes} or {@code depends-on} link, each of at most
 * {@code maxSize} commitments where the links allow, so that large registries can be evaluated part by part:
 * on several cores, and with the memory of one part at a time (issue 6).
 */
public final class Partitions {

    private Partitions() {
    }

    /** The registry in parts; one part when it has no more than {@code maxSize} commitments. */
    public static List<Registry> of(Registry registry, int maxSize) {
        if (registry.commitments().size() <= maxSize) {
            return List.of(registry);
        }
        Map<String, List<Commitment>> components = components(registry.commitments());
        List<List<Commitment>> parts = pack(components.values(), maxSize);
        Map<String, Integer> partOf = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            for (Commitment c : parts.get(i)) {
                partOf.put(c.id(), i);
            }
        }
        List<List<Progress>> progress = new ArrayList<>();
        parts.forEach(p -> progress.add(new ArrayList<>()));
        for (Progress p : registry.progress()) {
            Integer part = partOf.get(p.commitment());
            if (part != null) {
                progress.get(part).add(p);
            }
        }
        List<Registry> registries = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            registries.add(new Registry(parts.get(i), progress.get(i)));
        }
        return registries;
    }

    /** Commitments grouped by connected component of the link graph (union-find over ids). */
    private static Map<String, List<Commitment>> components(List<Commitment> commitments) {
        Map<String, String> parent = new HashMap<>();
        commitments.forEach(c -> parent.put(c.id(), c.id()));
        for (Commitment c : commitments) {
            for (List<String> links : List.of(c.supersedes(), c.dependsOn())) {
                links.stream().filter(parent::containsKey).forEach(other -> union(parent, c.id(), other));
            }
        }
        Map<String, List<Commitment>> components = new HashMap<>();
        commitments.forEach(c -> components.computeIfAbsent(root(parent, c.id()), k -> new ArrayList<>()).add(c));
        return components;
    }

    /** First-fit, largest components first. */
    private static List<List<Commitment>> pack(java.util.Collection<List<Commitment>> components, int maxSize) {
        List<List<Commitment>> sorted = new ArrayList<>(components);
        sorted.sort(Comparator.comparingInt((List<Commitment> c) -> c.size()).reversed());
        List<List<Commitment>> parts = new ArrayList<>();
        for (List<Commitment> component : sorted) {
            List<Commitment> target = parts.stream().filter(p -> p.size() + component.size() <= maxSize)
                    .findFirst().orElse(null);
            if (target == null) {
                target = new ArrayList<>();
                parts.add(target);
            }
            target.addAll(component);
        }
        return parts;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String rootA = root(parent, a);
        String rootB = root(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }

    private static String root(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        for (String node = id; !node.equals(root); ) {
            String next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }
}
