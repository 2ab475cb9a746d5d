package io.reposignal.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sentences computed from the figures, shared by the Markdown and HTML articles. They are plain
 * text that may quote untrusted names; each renderer escapes them.
 */
public final class Prose {
  static final int MOVERS = 4;

  /** How the retention examples are chosen (ArticleBuilder#retention). */
  public static final String RETENTION_RULE =
      "Organic retention is the momentum class sustained: a gain that holds day after day."
          + " Spike-and-fade is a burst that is already fading. The examples of each are, of every"
          + " repository observed on the day with that class, the 3 with the highest signal score"
          + " (then 7-day velocity, then name); each curve is its stars gained per day over the"
          + " last 30 days.";

  private Prose() {}

  /** What the language map says: who leads, and who moved against 30 and 90 days earlier. */
  public static String languages(LanguageSection section) {
    if (section.filled() == 0) {
      return "The signal window is empty on this day: no repository has a known 7-day gain yet.";
    }
    List<LanguageSection.Row> held = section.rows().stream().filter(r -> r.repos() > 0).toList();
    if (!section.anyLanguageKnown()) {
      return "No repository in the window has a known language: GitHub's events no longer carry"
          + " it; the daily snapshots or reposignal enrich give it.";
    }
    StringBuilder text = new StringBuilder();
    LanguageSection.Row top = held.get(0);
    text.append(top.label())
        .append(" leads the window with ")
        .append(top.repos())
        .append(" of ")
        .append(section.filled())
        .append(" slots (")
        .append(Numbers.percent(top.share()))
        .append(")");
    List<String> next =
        held.stream().skip(1).limit(2).map(r -> r.label() + " has " + r.repos()).toList();
    if (!next.isEmpty()) {
      text.append("; ").append(String.join(" and ", next));
    }
    text.append(". ");
    text.append(moves(section.rows(), section.day30() == null ? null : 30));
    text.append(' ');
    text.append(moves(section.rows(), section.day90() == null ? null : 90));
    return text.toString().strip();
  }

  private static String moves(List<LanguageSection.Row> rows, Integer days) {
    if (days == null) {
      return "";
    }
    List<LanguageSection.Row> movers =
        rows.stream()
            .filter(r -> shift(r, days) != 0)
            .sorted(
                Comparator.comparingInt((LanguageSection.Row r) -> -Math.abs(shift(r, days)))
                    .thenComparing(LanguageSection.Row::label))
            .limit(MOVERS)
            .toList();
    if (movers.isEmpty()) {
      return "Against " + days + " days earlier, no language moved.";
    }
    return "Against "
        + days
        + " days earlier the biggest moves are "
        + movers.stream()
            .map(
                r ->
                    r.label()
                        + " "
                        + Numbers.gain(shift(r, days))
                        + (r.repos() == 0 ? " (out of the window)" : ""))
            .collect(Collectors.joining(", "))
        + ".";
  }

  /**
   * What the cluster section holds: how many clusters, among which repositories, how many shown.
   */
  public static String clusters(ClusterSection section, java.time.LocalDate day) {
    String text =
        section.found()
            + (section.found() == 1 ? " cluster" : " clusters")
            + " on "
            + day
            + ": groups of at least 3 repositories from at least 3 different owners that describe"
            + " the same thing, found among the "
            + io.reposignal.cluster.ClusterSettings.DEFAULT_POPULATION
            + " repositories with the highest signal score.";
    if (section.found() > section.clusters().size()) {
      text += " The " + section.clusters().size() + " with the largest combined 7-day gain:";
    }
    return text;
  }

  /**
   * A cluster's figures in a sentence: its size and owners, how many of its members were among the
   * clustered repositories 90, 60 and 30 days earlier, and its combined trusted velocity.
   */
  public static String cluster(ClusterSection.Cluster cluster) {
    return cluster.size()
        + " repositories from "
        + cluster.independentOwners()
        + " independent owners. Members among the most active repositories 90, 60 and 30 days"
        + " earlier, then now: "
        + size(cluster.size90dAgo())
        + " → "
        + size(cluster.size60dAgo())
        + " → "
        + size(cluster.size30dAgo())
        + " → "
        + cluster.size()
        + (cluster.emerging() ? " (emerging)" : "")
        + ". Combined trusted velocity "
        + Numbers.gain(cluster.trustedStars7d())
        + " stars over 7 days.";
  }

  private static String size(Integer size) {
    return size == null ? "n/a" : Integer.toString(size);
  }

  private static int shift(LanguageSection.Row row, int days) {
    Integer shift = days == 30 ? row.shift30() : row.shift90();
    return shift == null ? 0 : shift;
  }
}
