package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SimilarityGraphTest {
  private static TfIdfIndex index(RepoDocument... documents) {
    return TfIdfIndex.build(List.of(documents));
  }

  @Test
  void combine_noAudience_isTheTextSimilarity() {
    assertThat(SimilarityGraph.combine(0.3, 0)).isCloseTo(0.3, within(1e-12));
  }

  @Test
  void combine_audienceOnly_countsAtItsWeight() {
    assertThat(SimilarityGraph.combine(0, 1))
        .isCloseTo(SimilarityGraph.AUDIENCE_WEIGHT, within(1e-12));
  }

  @Test
  void combine_both_isAtLeastEitherAndAtMostOne() {
    double combined = SimilarityGraph.combine(0.4, 0.6);

    assertThat(combined).isGreaterThan(0.4).isGreaterThan(0.3).isLessThanOrEqualTo(1);
    assertThat(SimilarityGraph.combine(1, 1)).isEqualTo(1);
  }

  @Test
  void build_textNeighbours_matchCosineMostSimilarFirst() {
    TfIdfIndex index =
        index(
            new RepoDocument("a/x", "vector database search", List.of()),
            new RepoDocument("b/y", "vector database for embeddings", List.of()),
            new RepoDocument("c/z", "vector graphics editor", List.of()),
            new RepoDocument("d/w", "a recipe book", List.of()));
    int[] members = {0, 1, 2, 3};

    SimilarityGraph graph =
        SimilarityGraph.build(index, members, List.of(Map.of(), Map.of(), Map.of(), Map.of()));

    assertThat(graph.neighbours(0))
        .extracting(SimilarityGraph.Neighbour::node)
        .containsExactly(1, 2);
    assertThat(graph.neighbours(0).get(0).similarity())
        .isCloseTo(index.cosine(0, 1), within(1e-12));
    assertThat(graph.neighbours(3)).isEmpty();
  }

  @Test
  void build_sharedAudience_linksRepositoriesWithNoCommonWords() {
    TfIdfIndex index =
        index(
            new RepoDocument("a/x", "terminal emulator", List.of()),
            new RepoDocument("b/y", "recipe book", List.of()));

    SimilarityGraph graph =
        SimilarityGraph.build(index, new int[] {0, 1}, List.of(Map.of(1, 0.8), Map.of(0, 0.8)));

    assertThat(graph.neighbours(0))
        .singleElement()
        .satisfies(n -> assertThat(n.similarity()).isCloseTo(0.4, within(1e-12)));
  }
}
