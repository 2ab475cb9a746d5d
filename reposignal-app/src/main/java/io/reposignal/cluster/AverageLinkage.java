package io.reposignal.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Agglomerative clustering with average linkage over a sparse similarity graph, cut at a threshold:
 * deterministic, and explainable merge by merge.
 *
 * <p>Every repository starts alone. The two groups with the highest <em>average</em> similarity
 * over all pairs of their members (a pair not in the graph counts as 0) merge, again and again,
 * while that average is at least {@code threshold} and the merged group would have at most {@code
 * maxSize} members. Average linkage, unlike single linkage (connected components), does not chain:
 * a generic repository similar to two unrelated groups does not glue them together, because the
 * merged group would be similar only on average to neither. The size cap is a second guard against
 * one giant group. Ties go to the pair with the smaller group numbers.
 *
 * <p>Groups are returned with members in ascending node order, largest first, then by first member;
 * groups of one are left out.
 */
final class AverageLinkage {
  private final double threshold;
  private final int maxSize;

  AverageLinkage(double threshold, int maxSize) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    if (maxSize < 2) {
      throw new IllegalArgumentException("maxSize must be >= 2, was " + maxSize);
    }
    this.threshold = threshold;
    this.maxSize = maxSize;
  }

  List<int[]> groups(SimilarityGraph graph) {
    int n = graph.size();
    List<List<Integer>> members = new ArrayList<>(n);
    List<Map<Integer, Double>> links = new ArrayList<>(n);
    int[] version = new int[n];
    boolean[] alive = new boolean[n];
    PriorityQueue<Candidate> queue = new PriorityQueue<>(Candidate.BEST_FIRST);
    for (int i = 0; i < n; i++) {
      List<Integer> group = new ArrayList<>();
      group.add(i);
      members.add(group);
      alive[i] = true;
      Map<Integer, Double> row = new TreeMap<>();
      for (SimilarityGraph.Neighbour neighbour : graph.neighbours(i)) {
        row.put(neighbour.node(), neighbour.similarity());
      }
      links.add(row);
    }
    for (int i = 0; i < n; i++) {
      for (Map.Entry<Integer, Double> link : links.get(i).entrySet()) {
        if (i < link.getKey()) {
          offer(queue, i, link.getKey(), link.getValue(), members, version);
        }
      }
    }
    while (!queue.isEmpty()) {
      Candidate best = queue.poll();
      if (!alive[best.a]
          || !alive[best.b]
          || version[best.a] != best.versionA
          || version[best.b] != best.versionB) {
        continue; // one side merged since this candidate was offered
      }
      int kept = best.a;
      int gone = best.b;
      alive[gone] = false;
      members.get(kept).addAll(members.get(gone));
      members.set(gone, null);
      version[kept]++;
      Map<Integer, Double> merged = new TreeMap<>(links.get(kept));
      links.get(gone).forEach((other, sum) -> merged.merge(other, sum, Double::sum));
      merged.remove(kept);
      merged.remove(gone);
      links.set(gone, null);
      links.set(kept, merged);
      for (Map.Entry<Integer, Double> link : merged.entrySet()) {
        int other = link.getKey();
        Map<Integer, Double> otherLinks = links.get(other);
        otherLinks.remove(gone);
        otherLinks.put(kept, link.getValue());
        offer(
            queue, Math.min(kept, other), Math.max(kept, other), link.getValue(), members, version);
      }
    }
    List<int[]> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (alive[i] && members.get(i).size() > 1) {
        groups.add(members.get(i).stream().mapToInt(Integer::intValue).sorted().toArray());
      }
    }
    groups.sort(
        Comparator.comparingInt((int[] group) -> group.length)
            .reversed()
            .thenComparingInt(group -> group[0]));
    return groups;
  }

  /** Queues the merge of groups a and b when it passes the threshold and the size cap. */
  private void offer(
      PriorityQueue<Candidate> queue,
      int a,
      int b,
      double similaritySum,
      List<List<Integer>> members,
      int[] version) {
    int sizeA = members.get(a).size();
    int sizeB = members.get(b).size();
    double average = similaritySum / ((double) sizeA * sizeB);
    if (average >= threshold && sizeA + sizeB <= maxSize) {
      queue.add(new Candidate(a, b, average, version[a], version[b]));
    }
  }

  /** A possible merge of groups a < b, valid while both keep the versions it was offered at. */
  private record Candidate(int a, int b, double average, int versionA, int versionB) {
    static final Comparator<Candidate> BEST_FIRST =
        Comparator.comparingDouble(Candidate::average)
            .reversed()
            .thenComparingInt(Candidate::a)
            .thenComparingInt(Candidate::b);
  }
}
