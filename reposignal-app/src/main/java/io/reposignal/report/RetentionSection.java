package io.reposignal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Organic retention against spike-and-fade: examples of each with their daily star curves.
 *
 * @param organic repositories whose attention holds (empty until momentum classes land)
 * @param spikeAndFade repositories whose attention spiked and faded (empty until then)
 * @param unclassified curves shown for reference without a class: the window's leaders
 * @param unavailable why the classified examples are missing, or null when they are shown
 */
public record RetentionSection(
    List<Curve> organic, List<Curve> spikeAndFade, List<Curve> unclassified, String unavailable) {
  public RetentionSection {
    organic = List.copyOf(organic);
    spikeAndFade = List.copyOf(spikeAndFade);
    unclassified = List.copyOf(unclassified);
  }

  /**
   * A repository's stars gained per day.
   *
   * @param repo the repository
   * @param momentum its momentum class, or null
   * @param from the day of {@code gains[0]}
   * @param gains stars gained on each consecutive day, null where unknown
   */
  public record Curve(RepoRef repo, String momentum, LocalDate from, List<Integer> gains) {
    public Curve {
      gains = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(gains));
    }

    /** Stars gained over the whole curve (unknown days count as 0). */
    public int total() {
      return gains.stream().mapToInt(g -> g == null ? 0 : g).sum();
    }
  }
}
