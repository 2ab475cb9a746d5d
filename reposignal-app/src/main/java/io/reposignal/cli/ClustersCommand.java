package io.reposignal.cli;

import io.reposignal.cluster.ClusterFinder;
import io.reposignal.cluster.ClusterSettings;
import io.reposignal.cluster.GhaStarStargazers;
import io.reposignal.cluster.RepoCluster;
import io.reposignal.error.RepoSignalException;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal clusters}: groups of independent teams building the same thing. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the clusters of a day: groups of at least 3 repositories from at least 3 different"
          + " owners that describe the same thing (by their names, descriptions and topics, and"
          + " by shared stargazers when GH Archive star events are loaded), each with a label"
          + " from its distinctive words, its combined stars gained over 7 days, and its size 30,"
          + " 60 and 90 days earlier.",
      "",
      "A size N days earlier counts today's members that were among the clustered repositories"
          + " then (the same --top rule applied that day); it is n/a (null) when that day's"
          + " 7-day window starts before the data. A cluster is emerging when it at least doubled"
          + " and gained at least 3 members since its earliest known size (90, else 60, else 30"
          + " days earlier)."
    })
final class ClustersCommand implements Callable<Integer> {
  private static final int REPOS_SHOWN = 4;

  @Spec CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description = "The day to cluster. Default: the latest day in the database.")
  LocalDate asOf;

  @Option(
      names = "--top",
      paramLabel = "N",
      description =
          "Cluster the top N repositories of that day's signal window (ranked by signal score)."
              + " Default: "
              + ClusterSettings.DEFAULT_POPULATION
              + ".")
  Integer top;

  @Option(
      names = "--all",
      description = "Cluster every repository observed that day instead of the top gainers.")
  boolean all;

  @Option(names = "--json", description = "Print a JSON array to standard output.")
  boolean json;

  @Override
  public Integer call() {
    if (all && top != null) {
      throw RepoSignalException.usage("--all and --top exclude each other; pass one of them");
    }
    if (top != null && top < 3) {
      throw RepoSignalException.usage("--top must be at least 3, was %d", top);
    }
    Integer population = all ? null : top != null ? top : ClusterSettings.DEFAULT_POPULATION;
    try (Store store = Commands.openCurrent(spec)) {
      LocalDate day = SnapshotCalendar.load(store).requireObserved(asOf);
      List<RepoCluster> clusters =
          new ClusterFinder(
                  store, new GhaStarStargazers(store), ClusterSettings.defaults(population))
              .find(day);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, clusters);
      } else {
        out.printf(
            "Clusters of %s among %s (%d found)%n",
            day,
            population == null
                ? "every repository observed"
                : "the top " + population + " by signal score",
            clusters.size());
        print(out, clusters);
      }
      return 0;
    }
  }

  static void print(PrintWriter out, List<RepoCluster> clusters) {
    Table table =
        new Table(
            List.of(
                "#",
                "label",
                "size",
                "-30d",
                "-60d",
                "-90d",
                "7d",
                "emerging",
                "languages",
                "repos"),
            true,
            false,
            true,
            true,
            true,
            true,
            true,
            false,
            false,
            false);
    int rank = 0;
    for (RepoCluster cluster : clusters) {
      List<String> shown = cluster.repos().subList(0, Math.min(REPOS_SHOWN, cluster.size()));
      String repos =
          String.join(", ", shown)
              + (cluster.size() > shown.size() ? " +" + (cluster.size() - shown.size()) : "");
      table.add(
          List.of(
              Integer.toString(++rank),
              TerminalText.safe(cluster.label(), 40),
              Integer.toString(cluster.size()),
              Formats.count(cluster.size30dAgo()),
              Formats.count(cluster.size60dAgo()),
              Formats.count(cluster.size90dAgo()),
              Formats.gain(Math.toIntExact(cluster.stars7d()), false),
              cluster.emerging() ? "yes" : "",
              String.join(
                  ", ", cluster.languages().subList(0, Math.min(2, cluster.languages().size()))),
              repos));
    }
    table.print(out);
  }
}
