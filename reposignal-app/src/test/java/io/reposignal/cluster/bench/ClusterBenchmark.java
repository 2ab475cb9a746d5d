package io.reposignal.cluster.bench;

import io.reposignal.cluster.ClusterEngine;
import io.reposignal.cluster.ClusterFinder;
import io.reposignal.cluster.ClusterSettings;
import io.reposignal.cluster.RepoCluster;
import io.reposignal.cluster.RepoDocument;
import io.reposignal.cluster.StargazerSource;
import io.reposignal.ingest.rankings.SnapshotDeriver;
import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalEngine;
import io.reposignal.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Times clustering every repository of a day: {@code ClusterBenchmark DB DAY [RUNS]}. Prints, per
 * phase, the fastest and the median of RUNS runs (after one warm-up run). Run by bench/clusters.sh;
 * not a unit test, because timings depend on the machine.
 */
public final class ClusterBenchmark {
  private ClusterBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ClusterBenchmark DB YYYY-MM-DD [RUNS]");
      System.exit(2);
    }
    Path database = Path.of(args[0]);
    LocalDate day = LocalDate.parse(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    try (Store store = Store.open(database)) {
      SnapshotDeriver.rebuildIfStale(store);
      long[] load = new long[runs];
      long[] engine = new long[runs];
      long[] finder = new long[runs];
      int repos = 0;
      int clusters = 0;
      for (int run = -1; run < runs; run++) {
        long start = System.nanoTime();
        List<RepoSignal> signals = SignalEngine.forStore(store).observedOn(day);
        long loaded = System.nanoTime();
        List<RepoDocument> documents = new ArrayList<>();
        Set<String> all = new TreeSet<>();
        for (RepoSignal signal : signals) {
          documents.add(new RepoDocument(signal.repo(), signal.description(), List.of()));
          all.add(signal.repo());
        }
        List<ClusterEngine.Group> groups =
            ClusterEngine.find(documents, all, Map.of(), ClusterSettings.defaults(null));
        long clustered = System.nanoTime();
        List<RepoCluster> found =
            new ClusterFinder(store, StargazerSource.NONE, ClusterSettings.defaults(null))
                .find(day);
        long described = System.nanoTime();
        if (run >= 0) {
          load[run] = loaded - start;
          engine[run] = clustered - loaded;
          finder[run] = described - clustered;
        }
        repos = documents.size();
        clusters = groups.size();
        if (found.size() != clusters) {
          throw new IllegalStateException(
              "expected the finder to find the engine's "
                  + clusters
                  + " clusters, actual "
                  + found.size());
        }
      }
      System.out.printf(
          Locale.ROOT,
          "clusters of %s: %d repositories, %d clusters, %d runs after a warm-up%n",
          day,
          repos,
          clusters,
          runs);
      print("load the day's signals", load);
      print("cluster all (TF-IDF, similarity, linkage, labels)", engine);
      print("full finder (load, topics, cluster, 30/60/90-day history)", finder);
    }
  }

  private static void print(String phase, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "  %-60s fastest %7.3f s  median %7.3f s%n",
        phase,
        sorted[0] / 1e9,
        sorted[sorted.length / 2] / 1e9);
  }
}
