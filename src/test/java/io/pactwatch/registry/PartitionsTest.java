package io.pactwatch.registry;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.model.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionsTest {

    private static Commitment commitment(String id, List<String> supersedes, List<String> dependsOn) {
        return new Commitment(id, id, Kind.PLAN, List.of("A"), List.of(), List.of(), null, false, Status.PLANNED, null,
                dependsOn, supersedes, List.of(), null, LocalDate.of(2020, 1, 1), null);
    }

    @Test
    void linkedCommitmentsStayTogetherWithTheirProgress() {
        Registry registry = new Registry(List.of(
                commitment("a", List.of(), List.of()), commitment("b", List.of("a"), List.of()),
                commitment("c", List.of(), List.of("b")), commitment("d", List.of(), List.of()),
                commitment("e", List.of(), List.of())),
                List.of(new Progress("c", LocalDate.of(2020, 2, 1), ProgressKind.NOTE, null),
                        new Progress("e", LocalDate.of(2020, 2, 1), ProgressKind.NOTE, null)));

        List<Registry> parts = Partitions.of(registry, 3);

        assertThat(parts).extracting(p -> ids(p)).containsExactly(Set.of("a", "b", "c"), Set.of("d", "e"));
        assertThat(parts.get(0).progress()).extracting(Progress::commitment).containsExactly("c");
        assertThat(parts.get(1).progress()).extracting(Progress::commitment).containsExactly("e");
    }

    @Test
    void aRegistryNoLargerThanTheBatchIsOnePart() {
        Registry registry = new Registry(List.of(commitment("a", List.of(), List.of())), List.of());

        assertThat(Partitions.of(registry, 1)).containsExactly(registry);
    }

    @Test
    void aComponentLargerThanTheBatchIsKeptWhole() {
        Registry registry = new Registry(List.of(commitment("a", List.of(), List.of()),
                commitment("b", List.of("a"), List.of()), commitment("c", List.of("b"), List.of())), List.of());

        assertThat(Partitions.of(registry, 2)).extracting(PartitionsTest::ids).containsExactly(Set.of("a", "b", "c"));
    }

    @Test
    void unlinkedCommitmentsFillPartsUpToTheBatchSizeKeepingEveryCommitmentOnce() {
        List<Commitment> commitments = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> commitment("c" + i, List.of(), List.of())).toList();
        Registry registry = new Registry(commitments, List.of());

        List<Registry> parts = Partitions.of(registry, 4);

        assertThat(parts).extracting(p -> p.commitments().size()).containsExactly(4, 4, 2);
        assertThat(parts).flatExtracting(Registry::commitments).containsExactlyElementsOf(commitments);
    }

    @Test
    void aRegistryKeepsItsSplitForTheSizeLastAskedSoThatDailyEvaluationsDoNotRedoIt() {
        Registry registry = new Registry(java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> commitment("c" + i, List.of(), List.of())).toList(), List.of());

        List<Registry> parts = registry.parts(2);

        assertThat(registry.parts(2)).isSameAs(parts).hasSize(3);
        assertThat(registry.parts(4)).hasSize(2);
    }

    private static Set<String> ids(Registry registry) {
        return registry.commitments().stream().map(Commitment::id).collect(Collectors.toSet());
    }
}
