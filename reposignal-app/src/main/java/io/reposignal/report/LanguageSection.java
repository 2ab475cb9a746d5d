package io.reposignal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The language map of the signal window, and how it moved against 30 and 90 days earlier.
 *
 * @param windowSize how many slots the window holds
 * @param filled how many slots were filled on the day (fewer when fewer repositories have a known
 *     7-day gain)
 * @param day30 the observed day the 30-day comparison reads, or null when the data is shorter
 * @param day90 the observed day the 90-day comparison reads, or null when the data is shorter
 * @param rows one row per language present on any of the three days, most slots first
 */
public record LanguageSection(
    int windowSize, int filled, LocalDate day30, LocalDate day90, List<Row> rows) {

  public LanguageSection {
    rows = List.copyOf(rows);
  }

  /**
   * True when a repository of the window has a known language; false in a store of GH Archive
   * alone, whose events no longer carry languages (then there is no map to draw).
   */
  public boolean anyLanguageKnown() {
    return rows.stream().anyMatch(r -> r.language() != null && r.repos() > 0);
  }

  /**
   * One language.
   *
   * @param language the language, or null for repositories without one
   * @param repos slots held on the day
   * @param share share of the filled slots, 0 to 1
   * @param repos30 slots held on {@code day30}, or null when n/a
   * @param repos90 slots held on {@code day90}, or null when n/a
   */
  public record Row(String language, int repos, double share, Integer repos30, Integer repos90) {
    /** The label readers see: the language, or "(none)". */
    public String label() {
      return language == null ? "(none)" : language;
    }

    /** Slots gained (negative: lost) since 30 days earlier, or null when n/a. */
    public Integer shift30() {
      return repos30 == null ? null : repos - repos30;
    }

    /** Slots gained (negative: lost) since 90 days earlier, or null when n/a. */
    public Integer shift90() {
      return repos90 == null ? null : repos - repos90;
    }
  }
}
