package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class AudienceSimilarityTest {
  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

  @Test
  void of_plantedAudienceAmongBackgroundNoise_linksOnlyThePlantedGroup() {
    List<String> repos =
        List.of("a/agent", "b/agent", "c/agent", "d/db", "e/db", "f/ui", "g/ui", "h/game");
    SyntheticStarEvents events = new SyntheticStarEvents();
    Random random = new Random(7);
    events.plantAudience(random, repos.subList(0, 3), 1_000, 60, 0.7, DAY.minusDays(3));
    events.plantBackground(random, repos, 5_000, 400, DAY.minusDays(5));

    List<Map<Integer, Double>> similarity =
        AudienceSimilarity.of(repos, events.stargazers(DAY.minusDays(29), DAY, repos));

    assertThat(similarity.get(0)).containsOnlyKeys(1, 2);
    // expected: shared 0.7^2 * 60 = 29.4 over sqrt(|A| |B|), each 0.7 * 60 + 400 / 8 = 92
    assertThat(similarity.get(0).get(1)).isCloseTo(29.4 / 92, within(0.08));
    assertThat(similarity.get(1)).containsOnlyKeys(0, 2);
    for (int i = 3; i < repos.size(); i++) {
      assertThat(similarity.get(i)).as(repos.get(i)).isEmpty();
    }
  }

  @Test
  void of_sameStargazers_isOne_andUsesOchiaiNotJaccard() {
    Map<String, Set<Long>> stargazers =
        Map.of(
            "a/x", Set.of(1L, 2L, 3L, 4L),
            "b/y", Set.of(1L, 2L, 3L, 4L),
            "c/z", Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L));

    List<Map<Integer, Double>> similarity =
        AudienceSimilarity.of(List.of("a/x", "B/Y", "c/z"), stargazers);

    assertThat(similarity.get(0).get(1)).isCloseTo(1.0, within(1e-12));
    assertThat(similarity.get(0).get(2)).isCloseTo(4 / Math.sqrt(4 * 16), within(1e-12));
  }

  @Test
  void of_fewerSharedThanTheMinimum_scoresNothing() {
    Map<String, Set<Long>> stargazers = Map.of("a/x", Set.of(1L, 2L, 9L), "b/y", Set.of(1L, 2L));

    List<Map<Integer, Double>> similarity =
        AudienceSimilarity.of(List.of("a/x", "b/y"), stargazers);

    assertThat(AudienceSimilarity.MIN_SHARED).isEqualTo(3);
    assertThat(similarity.get(0)).isEmpty();
  }

  @Test
  void of_accountStarringTooManyRepositories_isLeftOut() {
    int many = AudienceSimilarity.MAX_REPOS_PER_ACCOUNT + 1;
    List<String> repos = new java.util.ArrayList<>();
    Map<String, Set<Long>> stargazers = new java.util.HashMap<>();
    for (int i = 0; i < many; i++) {
      repos.add("o" + i + "/r");
      stargazers.put("o" + i + "/r", Set.of(1L, 2L, 3L)); // three collectors star everything
    }

    List<Map<Integer, Double>> similarity = AudienceSimilarity.of(repos, stargazers);

    assertThat(similarity).allSatisfy(row -> assertThat(row).isEmpty());
  }

  @Test
  void stargazers_eventsOutsideTheWindow_areNotCounted() {
    SyntheticStarEvents events = new SyntheticStarEvents();
    events.add("a/x", 1, Instant.parse("2026-05-31T23:59:59Z"));
    events.add("a/x", 2, Instant.parse("2026-06-01T00:00:00Z"));
    events.add("A/X", 3, Instant.parse("2026-06-30T23:59:59Z"));
    events.add("a/x", 4, Instant.parse("2026-07-01T00:00:00Z"));
    events.add("b/y", 5, Instant.parse("2026-06-15T00:00:00Z"));

    Map<String, Set<Long>> stargazers =
        events.stargazers(LocalDate.of(2026, 6, 1), DAY, List.of("a/x"));

    assertThat(stargazers).containsOnlyKeys("a/x");
    assertThat(stargazers.get("a/x")).containsExactlyInAnyOrder(2L, 3L);
  }
}
