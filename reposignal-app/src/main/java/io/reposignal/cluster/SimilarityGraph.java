package io.reposignal.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The similarity of every pair of a set of repositories that have anything in common, from text and
 * audience together.
 *
 * <p>Combination: {@code combined = 1 - (1 - text) * (1 - AUDIENCE_WEIGHT * audience)}, a weighted
 * "noisy or". Text says what a repository is; a shared audience says the same people care about
 * both. Either is evidence of similarity, but a missing audience is not evidence of difference:
 * star events are sparse (most pairs share no stargazer in a window simply because few people star
 * anything), and before GH Archive data is loaded there are none at all. So the audience can only
 * raise the text similarity, and with no audience the combined similarity is the text similarity
 * and the thresholds keep their meaning. The audience counts at half weight ({@value
 * #AUDIENCE_WEIGHT}) because co-starring is also driven by what is popular that week (everyone
 * stars the same hits); stars judged suspicious (star farms) are left out of the audience ({@link
 * GhaStarStargazers}).
 */
final class SimilarityGraph {
  static final double AUDIENCE_WEIGHT = 0.5;

  /** Pairs below this combined similarity are not kept: they could never form an edge. */
  static final double FLOOR = 0.05;

  private final int size;
  private final List<List<Neighbour>> neighbours;

  private SimilarityGraph(int size, List<List<Neighbour>> neighbours) {
    this.size = size;
    this.neighbours = neighbours;
  }

  /**
   * Builds the graph of the documents {@code members} of {@code index} (positions in the index).
   * Node {@code i} of the graph is {@code members[i]}.
   *
   * @param audience for each node, the other nodes it shares an audience with (see {@link
   *     AudienceSimilarity}); empty maps when unknown
   */
  static SimilarityGraph build(
      TfIdfIndex index, int[] members, List<Map<Integer, Double>> audience) {
    int n = members.length;
    if (audience.size() != n) {
      throw new IllegalArgumentException(
          "expected audience rows for " + n + " repositories, actual " + audience.size());
    }
    Postings postings = Postings.of(index, members);
    List<List<Neighbour>> neighbours = new ArrayList<>(n);
    double[] text = new double[n];
    int[] touched = new int[n];
    boolean[] seen = new boolean[n];
    for (int i = 0; i < n; i++) {
      int touchedCount = 0;
      SparseVector vector = index.vector(members[i]);
      for (int k = 0; k < vector.size(); k++) {
        int term = vector.id(k);
        for (int p = postings.start[term]; p < postings.start[term + 1]; p++) {
          int j = postings.nodes[p];
          if (j == i) {
            continue;
          }
          if (!seen[j]) {
            seen[j] = true;
            touched[touchedCount++] = j;
          }
          text[j] += vector.value(k) * postings.weights[p];
        }
      }
      for (int j : audience.get(i).keySet()) {
        if (!seen[j]) {
          seen[j] = true;
          touched[touchedCount++] = j;
        }
      }
      List<Neighbour> row = new ArrayList<>();
      for (int t = 0; t < touchedCount; t++) {
        int j = touched[t];
        double combined = combine(Math.min(1, text[j]), audience.get(i).getOrDefault(j, 0.0));
        if (combined >= FLOOR) {
          row.add(new Neighbour(j, combined));
        }
        text[j] = 0;
        seen[j] = false;
      }
      row.sort(Neighbour.MOST_SIMILAR_FIRST);
      neighbours.add(List.copyOf(row));
    }
    return new SimilarityGraph(n, neighbours);
  }

  /** The weighted noisy-or of text and audience similarity, 0 to 1. */
  static double combine(double text, double audience) {
    return 1 - (1 - text) * (1 - AUDIENCE_WEIGHT * audience);
  }

  int size() {
    return size;
  }

  /** Node {@code i}'s neighbours with at least {@link #FLOOR} similarity, most similar first. */
  List<Neighbour> neighbours(int i) {
    return neighbours.get(i);
  }

  /** An inverted index over the members: for each term, the nodes holding it and their weights. */
  private static final class Postings {
    final int[] start;
    final int[] nodes;
    final double[] weights;

    private Postings(int[] start, int[] nodes, double[] weights) {
      this.start = start;
      this.nodes = nodes;
      this.weights = weights;
    }

    static Postings of(TfIdfIndex index, int[] members) {
      int[] start = new int[index.termCount() + 1];
      for (int member : members) {
        SparseVector vector = index.vector(member);
        for (int k = 0; k < vector.size(); k++) {
          start[vector.id(k) + 1]++;
        }
      }
      for (int t = 0; t < index.termCount(); t++) {
        start[t + 1] += start[t];
      }
      int[] next = start.clone();
      int[] nodes = new int[start[index.termCount()]];
      double[] weights = new double[nodes.length];
      for (int i = 0; i < members.length; i++) {
        SparseVector vector = index.vector(members[i]);
        for (int k = 0; k < vector.size(); k++) {
          int slot = next[vector.id(k)]++;
          nodes[slot] = i;
          weights[slot] = vector.value(k);
        }
      }
      return new Postings(start, nodes, weights);
    }
  }

  /**
   * One neighbour of a node.
   *
   * @param node the neighbour's position in the graph
   * @param similarity the combined similarity, 0 to 1
   */
  record Neighbour(int node, double similarity) {
    static final Comparator<Neighbour> MOST_SIMILAR_FIRST =
        Comparator.comparingDouble(Neighbour::similarity)
            .reversed()
            .thenComparingInt(Neighbour::node);
  }
}
