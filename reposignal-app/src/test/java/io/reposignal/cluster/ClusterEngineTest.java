package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ClusterEngineTest {
  private static final ClusterSettings ALL = ClusterSettings.defaults(null);

  /**
   * The hand-labelled set: 67 real repositories of 2026-02-27 in 10 topics, clustered with the
   * default settings and the whole day's snapshot as the population. Measured: purity 0.91, pair
   * recall 0.47, coverage 0.66 (see docs/clusters.md); the bounds below sit just under them.
   */
  @Test
  void find_handLabelledRealRepositories_reachesMeasuredPurityAndRecall() {
    List<ClusterEngine.Group> groups =
        ClusterEngine.find(
            LabelledRepos.population(), LabelledRepos.LABELS.keySet(), Map.of(), ALL);

    ClusterQuality quality = ClusterQuality.of(groups, LabelledRepos.LABELS);

    assertThat(LabelledRepos.LABELS).hasSize(67);
    assertThat(quality.purity()).as(quality.toString()).isGreaterThanOrEqualTo(0.90);
    assertThat(quality.recall()).as(quality.toString()).isGreaterThanOrEqualTo(0.45);
    assertThat(quality.coverage()).as(quality.toString()).isGreaterThanOrEqualTo(0.60);
  }

  @Test
  void find_oneOwnersManyRepositories_areNotACluster() {
    List<RepoDocument> population =
        List.of(
            new RepoDocument("shadowsocks/shadowsocks-android", "A shadowsocks client", List.of()),
            new RepoDocument("shadowsocks/shadowsocks-windows", "A shadowsocks client", List.of()),
            new RepoDocument("Shadowsocks/shadowsocks-ios", "A shadowsocks client", List.of()),
            new RepoDocument("other/recipes", "Cooking recipes", List.of()));

    List<ClusterEngine.Group> groups =
        ClusterEngine.find(population, names(population), Map.of(), ALL);

    assertThat(groups).isEmpty();
  }

  @Test
  void find_threeOwners_isACluster_withItsLabel() {
    List<RepoDocument> population =
        List.of(
            new RepoDocument("shadowsocks/shadowsocks-android", "A shadowsocks client", List.of()),
            new RepoDocument("shadowsocks/shadowsocks-windows", "A shadowsocks client", List.of()),
            new RepoDocument("someone/shadowsocks-ios", "A shadowsocks client", List.of()),
            new RepoDocument("third/ss-gui", "Shadowsocks GUI client", List.of()),
            new RepoDocument("other/recipes", "Cooking recipes", List.of()));

    List<ClusterEngine.Group> groups =
        ClusterEngine.find(population, names(population), Map.of(), ALL);

    assertThat(groups)
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.repos()).hasSize(4).doesNotContain("other/recipes");
              // both words are in every member and equally rare: the tie goes to the first
              // alphabetically
              assertThat(group.label()).isEqualTo("client / shadowsocks");
            });
  }

  @Test
  void find_sharedAudienceFromSyntheticStars_joinsRepositoriesTextAloneKeepsApart() {
    List<RepoDocument> population =
        List.of(
            new RepoDocument("a/kestrel", "Tiny terminal dashboards", List.of()),
            new RepoDocument("b/osprey", "Widgets for console monitors", List.of()),
            new RepoDocument("c/heron", "Status bars in the shell", List.of()),
            new RepoDocument("d/plover", "Cooking recipes", List.of()),
            new RepoDocument("e/tern", "Garden planner", List.of()));
    LocalDate day = LocalDate.of(2026, 6, 30);
    SyntheticStarEvents events = new SyntheticStarEvents();
    Random random = new Random(11);
    events.plantAudience(
        random, List.of("a/kestrel", "b/osprey", "c/heron"), 1, 50, 0.8, day.minusDays(2));
    events.plantBackground(random, names(population).stream().sorted().toList(), 1_000, 200, day);
    Map<String, Set<Long>> stargazers =
        events.stargazers(day.minusDays(29), day, names(population));

    List<ClusterEngine.Group> textOnly =
        ClusterEngine.find(population, names(population), Map.of(), ALL);
    List<ClusterEngine.Group> withAudience =
        ClusterEngine.find(population, names(population), stargazers, ALL);

    assertThat(textOnly).isEmpty();
    assertThat(withAudience)
        .singleElement()
        .satisfies(
            group -> assertThat(group.repos()).containsExactly("a/kestrel", "b/osprey", "c/heron"));
  }

  @Test
  void find_populationOrder_doesNotChangeTheResult() {
    List<RepoDocument> population = LabelledRepos.population();
    List<RepoDocument> reversed = new java.util.ArrayList<>(population);
    java.util.Collections.reverse(reversed);

    assertThat(ClusterEngine.find(reversed, LabelledRepos.LABELS.keySet(), Map.of(), ALL))
        .isEqualTo(ClusterEngine.find(population, LabelledRepos.LABELS.keySet(), Map.of(), ALL));
  }

  private static Set<String> names(List<RepoDocument> documents) {
    return documents.stream()
        .map(RepoDocument::repo)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }
}
