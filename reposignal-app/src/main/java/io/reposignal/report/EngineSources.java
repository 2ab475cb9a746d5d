package io.reposignal.report;

import io.reposignal.cluster.ClusterFinder;
import io.reposignal.cluster.ClusterSettings;
import io.reposignal.cluster.GhaStarStargazers;
import io.reposignal.cluster.RepoCluster;
import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalDays;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link ReportSources} of this build: momentum classes, reasons and trusted gains as the
 * signal engine computes them (so suspicious stars, once detected, flow in through the engine's
 * trusted figures), and the clusters of {@link ClusterFinder} (the same population as {@code
 * reposignal clusters}), and the breakout calls of {@link LedgerCalls} (the forecast ledger, the
 * calls made and recorded as {@code reposignal forecast} does when the day has none).
 */
public final class EngineSources {
  /** Members named per cluster, largest trusted 7-day gain first. */
  static final int MEMBERS_SHOWN = 5;

  private EngineSources() {}

  /**
   * The sources over {@code store}, reading the engine's figures through {@code signals} (shared
   * with the article, so no day is computed twice).
   */
  public static ReportSources of(Store store, SignalDays signals) {
    ClusterFinder finder =
        new ClusterFinder(
            store,
            new GhaStarStargazers(store),
            ClusterSettings.defaults(ClusterSettings.DEFAULT_POPULATION),
            signals);
    return new ReportSources(
        (day, repos) -> Optional.of(momentum(repos)),
        (day, repos) -> Optional.of(trusted(repos)),
        (day, repos) ->
            SnapshotCalendar.load(store).isEmpty()
                ? Optional.empty()
                : Optional.of(clusters(finder.find(day), repos)),
        new LedgerCalls(store, signals, Clock.systemUTC()));
  }

  static Map<String, ReportSources.Momentum> momentum(List<RepoSignal> repos) {
    Map<String, ReportSources.Momentum> classes = new HashMap<>();
    for (RepoSignal signal : repos) {
      if (signal.momentum() != null) {
        classes.put(
            signal.repo(), new ReportSources.Momentum(signal.momentum().label(), signal.reasons()));
      }
    }
    return classes;
  }

  static Map<String, ReportSources.TrustedGain> trusted(List<RepoSignal> repos) {
    Map<String, ReportSources.TrustedGain> gains = new HashMap<>();
    for (RepoSignal signal : repos) {
      if (signal.trustedStars24h() != null && signal.trustedStars7d() != null) {
        gains.put(
            signal.repo(),
            new ReportSources.TrustedGain(
                signal.trustedStars24h(), signal.trustedStars7d(), signal.suspiciousStars7d()));
      }
    }
    return gains;
  }

  static List<ClusterSection.Cluster> clusters(List<RepoCluster> found, List<RepoSignal> repos) {
    Map<String, RepoSignal> byName = new HashMap<>();
    for (RepoSignal signal : repos) {
      byName.put(signal.repo().toLowerCase(Locale.ROOT), signal);
    }
    List<ClusterSection.Cluster> clusters = new ArrayList<>();
    for (RepoCluster cluster : found) {
      List<RepoSignal> members =
          cluster.repos().stream()
              .map(r -> byName.get(r.toLowerCase(Locale.ROOT)))
              .filter(Objects::nonNull)
              .toList();
      long trusted7d =
          members.stream()
              .map(RepoSignal::trustedStars7d)
              .filter(Objects::nonNull)
              .mapToLong(i -> i)
              .sum();
      clusters.add(
          new ClusterSection.Cluster(
              cluster.label(),
              members.stream().limit(MEMBERS_SHOWN).map(ArticleBuilder::ref).toList(),
              cluster.size(),
              cluster.owners().size(),
              cluster.size30dAgo(),
              cluster.size60dAgo(),
              cluster.size90dAgo(),
              trusted7d,
              cluster.emerging()));
    }
    return clusters;
  }
}
