package io.reposignal.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a similarity graph into groups: deterministic, and explainable pair by pair.
 *
 * <ol>
 *   <li>Two repositories are linked when their similarity is at least {@code threshold} and each is
 *       among the other's {@code neighbours} most similar repositories (mutual nearest neighbours).
 *       The mutual rule keeps a generic repository ("a collection of tools") from linking to
 *       everything and chaining unrelated groups into one giant component.
 *   <li>Groups are the connected components of the links.
 *   <li>A group larger than {@code maxSize} is cut again with the threshold raised by {@code step},
 *       until every part fits or the threshold passes 1 (then the group is kept whole: its members
 *       are near duplicates).
 * </ol>
 *
 * Groups are returned with members in ascending node order, largest group first, then by first
 * member; groups of one are left out.
 */
final class GraphClusterer {
  private final double threshold;
  private final int neighbours;
  private final int maxSize;
  private final double step;

  GraphClusterer(double threshold, int neighbours, int maxSize, double step) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    if (neighbours < 1) {
      throw new IllegalArgumentException("neighbours must be >= 1, was " + neighbours);
    }
    if (maxSize < 2) {
      throw new IllegalArgumentException("maxSize must be >= 2, was " + maxSize);
    }
    if (!(step > 0)) {
      throw new IllegalArgumentException("step must be > 0, was " + step);
    }
    this.threshold = threshold;
    this.neighbours = neighbours;
    this.maxSize = maxSize;
    this.step = step;
  }

  List<int[]> groups(SimilarityGraph graph) {
    List<List<SimilarityGraph.Neighbour>> edges = mutualEdges(graph);
    int[] all = new int[graph.size()];
    Arrays.setAll(all, i -> i);
    List<int[]> groups = new ArrayList<>();
    split(all, edges, threshold, groups);
    groups.sort(
        Comparator.comparingInt((int[] group) -> group.length)
            .reversed()
            .thenComparingInt(group -> group[0]));
    return groups;
  }

  /** Each node's links: neighbours within its k nearest whose k nearest include it back. */
  private List<List<SimilarityGraph.Neighbour>> mutualEdges(SimilarityGraph graph) {
    int n = graph.size();
    List<Set<Integer>> nearest = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Set<Integer> top = new HashSet<>();
      for (SimilarityGraph.Neighbour neighbour : graph.neighbours(i)) {
        if (top.size() == neighbours) {
          break;
        }
        top.add(neighbour.node());
      }
      nearest.add(top);
    }
    List<List<SimilarityGraph.Neighbour>> edges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<SimilarityGraph.Neighbour> links = new ArrayList<>();
      for (SimilarityGraph.Neighbour neighbour : graph.neighbours(i)) {
        if (neighbour.similarity() >= threshold
            && nearest.get(i).contains(neighbour.node())
            && nearest.get(neighbour.node()).contains(i)) {
          links.add(neighbour);
        }
      }
      edges.add(links);
    }
    return edges;
  }

  private void split(
      int[] nodes, List<List<SimilarityGraph.Neighbour>> edges, double cut, List<int[]> out) {
    for (int[] component : components(nodes, edges, cut)) {
      if (component.length < 2) {
        continue;
      }
      if (component.length <= maxSize || cut + step > 1) {
        out.add(component);
      } else {
        split(component, edges, cut + step, out);
      }
    }
  }

  /** Connected components of {@code nodes} using links of at least {@code cut} inside them. */
  private static List<int[]> components(
      int[] nodes, List<List<SimilarityGraph.Neighbour>> edges, double cut) {
    UnionFind sets = new UnionFind(nodes);
    Set<Integer> inside = new HashSet<>();
    for (int node : nodes) {
      inside.add(node);
    }
    for (int node : nodes) {
      for (SimilarityGraph.Neighbour link : edges.get(node)) {
        if (link.similarity() >= cut && inside.contains(link.node())) {
          sets.union(node, link.node());
        }
      }
    }
    return sets.sets();
  }
}
