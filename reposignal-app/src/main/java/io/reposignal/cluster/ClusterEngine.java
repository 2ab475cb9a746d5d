package io.reposignal.cluster;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds clusters in one day's repositories, from their text and audience alone (no store, no
 * history): TF-IDF over the whole population, a similarity graph over the repositories chosen for
 * clustering, {@link GraphClusterer} to cut it, the owner rule, and a label per cluster.
 *
 * <p>The owner rule: a cluster needs at least {@value ClusterFinder#MIN_OWNERS} members and at
 * least {@value ClusterFinder#MIN_OWNERS} distinct owners (case-insensitive). One owner's many
 * repositories are one team's product line, not independent teams converging.
 */
public final class ClusterEngine {
  private ClusterEngine() {}

  /**
   * Clusters {@code clustered} among {@code population}.
   *
   * @param population every repository of the day: the documents the term weights are learnt from
   * @param clustered the "owner/name"s to cluster (case-insensitive); names not in the population
   *     are ignored
   * @param stargazers lower-cased "owner/name" to actor ids (empty when unknown)
   * @return the clusters, largest first, then by first member
   */
  public static List<Group> find(
      List<RepoDocument> population,
      Set<String> clustered,
      Map<String, Set<Long>> stargazers,
      ClusterSettings settings) {
    requireNonNull(settings, "settings is null");
    List<RepoDocument> sorted = new ArrayList<>(population);
    sorted.sort(
        Comparator.comparing((RepoDocument d) -> key(d.repo())).thenComparing(d -> d.repo()));
    TfIdfIndex index = TfIdfIndex.build(sorted);
    Set<String> wanted = new TreeSet<>();
    for (String repo : clustered) {
      wanted.add(key(repo));
    }
    int[] members =
        java.util.stream.IntStream.range(0, index.size())
            .filter(d -> wanted.contains(key(index.document(d).repo())))
            .toArray();
    List<String> memberNames = new ArrayList<>(members.length);
    for (int d : members) {
      memberNames.add(index.document(d).repo());
    }
    SimilarityGraph graph =
        SimilarityGraph.build(index, members, AudienceSimilarity.of(memberNames, stargazers));
    AverageLinkage clusterer = new AverageLinkage(settings.threshold(), settings.maxSize());
    List<Group> groups = new ArrayList<>();
    for (int[] nodes : clusterer.groups(graph)) {
      int[] documents = new int[nodes.length];
      List<String> repos = new ArrayList<>();
      Set<String> owners = new TreeSet<>();
      for (int i = 0; i < nodes.length; i++) {
        documents[i] = members[nodes[i]];
        RepoDocument document = index.document(documents[i]);
        repos.add(document.repo());
        owners.add(key(document.owner()));
      }
      if (repos.size() >= ClusterFinder.MIN_OWNERS && owners.size() >= ClusterFinder.MIN_OWNERS) {
        List<String> terms = ClusterLabel.terms(index, documents);
        groups.add(new Group(ClusterLabel.label(terms), terms, repos));
      }
    }
    return groups;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * A cluster found from text and audience.
   *
   * @param label the label
   * @param terms the distinctive words
   * @param repos the members, "owner/name", alphabetical (case-insensitive)
   */
  public record Group(String label, List<String> terms, List<String> repos) {
    public Group {
      requireNonNull(label, "label is null");
      terms = List.copyOf(terms);
      repos = List.copyOf(repos);
    }
  }
}
