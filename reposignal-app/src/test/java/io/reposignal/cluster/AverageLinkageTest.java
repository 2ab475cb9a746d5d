package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

final class AverageLinkageTest {
  /** A graph whose node i has the audience-only similarities given (text plays no part). */
  private static SimilarityGraph graph(int n, double[][] pairs) {
    List<RepoDocument> documents = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      documents.add(new RepoDocument("o" + i + "/r", null, List.of()));
    }
    List<Map<Integer, Double>> audience = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      audience.add(new TreeMap<>());
    }
    for (double[] pair : pairs) {
      // audience a gives combined similarity AUDIENCE_WEIGHT * a; solve for the wanted value
      double value = pair[2] / SimilarityGraph.AUDIENCE_WEIGHT;
      audience.get((int) pair[0]).put((int) pair[1], value);
      audience.get((int) pair[1]).put((int) pair[0], value);
    }
    int[] members = new int[n];
    java.util.Arrays.setAll(members, i -> i);
    return SimilarityGraph.build(TfIdfIndex.build(documents), members, audience);
  }

  @Test
  void groups_twoTightGroupsJoinedByOneBridge_stayApart() {
    // 0-1-2 and 3-4-5 are tight; 2-3 is a bridge above the threshold, which single linkage
    // (connected components) would follow into one group of six
    SimilarityGraph graph =
        graph(
            6,
            new double[][] {
              {0, 1, 0.4},
              {0, 2, 0.4},
              {1, 2, 0.4},
              {3, 4, 0.4},
              {3, 5, 0.4},
              {4, 5, 0.4},
              {2, 3, 0.35}
            });

    List<int[]> groups = new AverageLinkage(0.2, 25).groups(graph);

    assertThat(groups).containsExactly(new int[] {0, 1, 2}, new int[] {3, 4, 5});
  }

  @Test
  void groups_averageBelowThreshold_doNotMerge() {
    SimilarityGraph graph = graph(3, new double[][] {{0, 1, 0.3}, {1, 2, 0.3}});

    // merging {0,1} with 2 averages (0 + 0.3) / 2 = 0.15
    assertThat(new AverageLinkage(0.2, 25).groups(graph)).containsExactly(new int[] {0, 1});
    assertThat(new AverageLinkage(0.1, 25).groups(graph)).containsExactly(new int[] {0, 1, 2});
  }

  @Test
  void groups_sizeCap_isNeverExceeded() {
    List<double[]> pairs = new ArrayList<>();
    for (int a = 0; a < 10; a++) {
      for (int b = a + 1; b < 10; b++) {
        pairs.add(new double[] {a, b, 0.4});
      }
    }
    SimilarityGraph graph = graph(10, pairs.toArray(new double[0][]));

    List<int[]> groups = new AverageLinkage(0.1, 4).groups(graph);

    assertThat(groups).allSatisfy(g -> assertThat(g.length).isLessThanOrEqualTo(4));
    assertThat(groups.stream().mapToInt(g -> g.length).sum()).isEqualTo(10);
  }

  @Test
  void groups_sameGraph_sameGroups() {
    double[][] pairs = {{0, 1, 0.3}, {2, 3, 0.3}, {1, 2, 0.3}, {4, 5, 0.3}};

    List<int[]> first = new AverageLinkage(0.1, 25).groups(graph(6, pairs));
    List<int[]> second = new AverageLinkage(0.1, 25).groups(graph(6, pairs));

    assertThat(second).usingRecursiveComparison().isEqualTo(first);
    // a chain: 0-1 and 2-3 merge, but the two pairs average (0.3 / 4) below the threshold
    assertThat(first).containsExactly(new int[] {0, 1}, new int[] {2, 3}, new int[] {4, 5});
  }

  @Test
  void constructor_thresholdOutOfRange_isRejected() {
    assertThatThrownBy(() -> new AverageLinkage(0, 25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold must be in (0, 1]");
  }
}
