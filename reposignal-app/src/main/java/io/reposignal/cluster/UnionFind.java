package io.reposignal.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Disjoint sets over a given list of node numbers, with path halving. */
final class UnionFind {
  private final Map<Integer, Integer> parent = new HashMap<>();

  UnionFind(int[] nodes) {
    for (int node : nodes) {
      parent.put(node, node);
    }
  }

  int find(int node) {
    int current = node;
    while (parent.get(current) != current) {
      int grandparent = parent.get(parent.get(current));
      parent.put(current, grandparent);
      current = grandparent;
    }
    return current;
  }

  /**
   * Joins two sets; the smaller root number becomes the root, so results do not depend on order.
   */
  void union(int a, int b) {
    int rootA = find(a);
    int rootB = find(b);
    if (rootA != rootB) {
      parent.put(Math.max(rootA, rootB), Math.min(rootA, rootB));
    }
  }

  /** The sets, each with members ascending, ordered by their smallest member. */
  List<int[]> sets() {
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int node : new java.util.TreeSet<>(parent.keySet())) {
      byRoot.computeIfAbsent(find(node), r -> new ArrayList<>()).add(node);
    }
    List<int[]> sets = new ArrayList<>();
    for (List<Integer> members : byRoot.values()) {
      sets.add(members.stream().mapToInt(Integer::intValue).toArray());
    }
    return sets;
  }
}
