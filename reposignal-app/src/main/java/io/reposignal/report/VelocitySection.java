package io.reposignal.report;

import java.util.List;

/**
 * The velocity leaders: the repositories gaining the most stars over 24 hours and over 7 days.
 *
 * @param day the 24-hour leaders, fastest first
 * @param week the 7-day leaders, fastest first
 * @param trustedNote how trusted figures were obtained (says when trusted equals raw)
 * @param momentumNote why momentum classes are missing, or null when they are shown
 */
public record VelocitySection(
    List<Leader> day, List<Leader> week, String trustedNote, String momentumNote) {
  public VelocitySection {
    day = List.copyOf(day);
    week = List.copyOf(week);
  }

  /**
   * One leader.
   *
   * @param repo the repository
   * @param raw stars gained over the period, as the snapshots count them
   * @param trusted the gain with suspicious stars removed
   * @param partial true when the period started before the repository was first observed
   * @param momentum its momentum class, or null when not computed
   * @param momentumReason why it has that class, or null
   */
  public record Leader(
      RepoRef repo,
      int raw,
      int trusted,
      boolean partial,
      String momentum,
      String momentumReason) {}
}
