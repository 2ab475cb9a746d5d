package io.reposignal.report;

import static java.util.Objects.requireNonNull;

import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.momentum.Reasons;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analyses the article reads beyond the day's signals. Each answers {@code Optional.empty()}
 * when the data cannot give it (clusters and calls need the snapshots), and the article then says
 * so in that section. {@link EngineSources} gives them: momentum, trusted gains, clusters and
 * calls.
 *
 * @param momentum momentum classes (breakout, sustained, spike-and-fade, slow-burn, steady,
 *     cooling)
 * @param trusted star gains with suspicious stars removed
 * @param clusters clusters of repositories converging on one problem
 * @param calls breakout calls and their track record
 */
public record ReportSources(
    MomentumSource momentum, TrustedSource trusted, ClusterSource clusters, CallSource calls) {

  public ReportSources {
    requireNonNull(momentum, "momentum is null");
    requireNonNull(trusted, "trusted is null");
    requireNonNull(clusters, "clusters is null");
    requireNonNull(calls, "calls is null");
  }

  /** Momentum classes of repositories on a day. */
  @FunctionalInterface
  public interface MomentumSource {
    /** Classes keyed by repository ("owner/name"), or empty when not computed in this build. */
    Optional<Map<String, Momentum>> classify(LocalDate day, List<RepoSignal> repos);
  }

  /**
   * A momentum class and why.
   *
   * @param name breakout, sustained, spike-and-fade, slow-burn, steady or cooling
   * @param reasons the figures that put it there (the engine's reasons, formatted when read: the
   *     article classifies every repository of the day and shows the reasons of a few)
   */
  public record Momentum(String name, List<String> reasons) {
    public Momentum {
      requireNonNull(name, "name is null");
      reasons = Reasons.immutable(reasons);
    }

    /** The reasons in a sentence, separated by semicolons. */
    public String reason() {
      return String.join("; ", reasons);
    }
  }

  /** Star gains with suspicious stars removed. */
  @FunctionalInterface
  public interface TrustedSource {
    /** Trusted gains keyed by repository, or empty when not computed in this build. */
    Optional<Map<String, TrustedGain>> trusted(LocalDate day, List<RepoSignal> repos);
  }

  /**
   * Trusted gains of one repository.
   *
   * @param stars1d trusted stars gained on the day
   * @param stars7d trusted stars gained over the 7 days ending on the day
   * @param removed7d suspicious stars removed from the 7-day gain
   */
  public record TrustedGain(int stars1d, int stars7d, int removed7d) {}

  /** Clusters on a day. */
  @FunctionalInterface
  public interface ClusterSource {
    /**
     * The clusters of {@code day}, strongest first, their members described from {@code repos}
     * (every repository observed that day), or empty when not computed in this build.
     */
    Optional<List<ClusterSection.Cluster>> clusters(LocalDate day, List<RepoSignal> repos);
  }

  /** Breakout calls made on a day, with the track record of earlier ones. */
  @FunctionalInterface
  public interface CallSource {
    /**
     * The calls of {@code day}, the repositories named described from {@code repos} (every
     * repository observed that day), or empty when not computed in this build.
     */
    Optional<CallSection> calls(LocalDate day, List<RepoSignal> repos);
  }
}
