package io.reposignal.report;

import io.reposignal.signal.RepoSignal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Picks the article's biggest finding. Two candidates are scored on one scale, where 1.0 means
 * "clearly newsworthy":
 *
 * <ul>
 *   <li><b>leader</b>: the 7-day leader's gain divided by the runner-up's; strength = ratio / 2 (a
 *       leader twice as fast as anyone else scores 1.0);
 *   <li><b>language-shift</b>: the named language whose window slots moved most against 30 days
 *       earlier (ties: more slots now, then name); strength = |slots moved| / 5 (a tenth of a
 *       50-slot window scores 1.0).
 * </ul>
 *
 * The strongest candidate scoring at least 1.0 wins (ties in that order). When none does, the
 * headline is the <b>concentration</b> of the window: the language holding the most slots.
 */
final class HeadlineRule {
  static final double LEADER_RATIO = 2.0;
  static final int SHIFT_SLOTS = 5;

  private HeadlineRule() {}

  static Article.Headline pick(
      LocalDate day, List<RepoSignal> window, LanguageSection languages, LocalDate firstDay) {
    if (window.isEmpty()) {
      return new Article.Headline(
          "No signal window on " + day + " yet",
          "The data start on "
              + firstDay
              + ", so no repository has a known 7-day gain on "
              + day
              + " yet.",
          "concentration");
    }
    double leaderStrength = 0;
    String leaderTitle = null;
    if (window.size() > 1 && window.get(1).stars7d() > 0) {
      double ratio = (double) window.get(0).stars7d() / window.get(1).stars7d();
      leaderStrength = ratio / LEADER_RATIO;
      leaderTitle =
          window.get(0).repo()
              + " gained "
              + Numbers.count(window.get(0).stars7d())
              + " stars in 7 days, "
              + Numbers.ratio(ratio)
              + " times the runner-up";
    }
    LanguageSection.Row mover =
        languages.rows().stream()
            .filter(r -> r.language() != null && r.shift30() != null && r.shift30() != 0)
            .max(
                Comparator.comparingInt((LanguageSection.Row r) -> Math.abs(r.shift30()))
                    .thenComparingInt(LanguageSection.Row::repos)
                    .thenComparing(LanguageSection.Row::language, Comparator.reverseOrder()))
            .orElse(null);
    double shiftStrength = mover == null ? 0 : Math.abs(mover.shift30()) / (double) SHIFT_SLOTS;
    if (leaderStrength >= 1 && leaderStrength >= shiftStrength) {
      return new Article.Headline(leaderTitle, summary(window, languages, "leader"), "leader");
    }
    if (shiftStrength >= 1) {
      int moved = Objects.requireNonNull(mover.shift30());
      String title =
          mover.language()
              + (moved > 0 ? " gained " : " lost ")
              + Math.abs(moved)
              + " signal-window slots in 30 days: "
              + mover.repos30()
              + " then, "
              + mover.repos()
              + " now";
      return new Article.Headline(
          title, summary(window, languages, "language-shift"), "language-shift");
    }
    LanguageSection.Row top = languages.rows().get(0);
    if (top.language() == null) {
      // Most of the window has no known language (GH Archive alone): that is no finding.
      return new Article.Headline(
          window.get(0).repo()
              + " leads the signal window with "
              + Numbers.gain(window.get(0).stars7d())
              + " stars in 7 days",
          summary(window, languages, "leader"),
          "leader");
    }
    return new Article.Headline(
        top.label()
            + " holds "
            + top.repos()
            + " of the "
            + languages.filled()
            + " signal-window slots",
        summary(window, languages, "concentration"),
        "concentration");
  }

  /**
   * One sentence on the state of the window: its leading language, its leader and its breadth,
   * leaving out the part the title already says.
   */
  private static String summary(
      List<RepoSignal> window, LanguageSection languages, String finding) {
    LanguageSection.Row top = languages.rows().get(0);
    long thousandPlus = window.stream().filter(s -> s.stars7d() >= 1000).count();
    RepoSignal leader = window.get(0);
    List<String> parts = new java.util.ArrayList<>();
    if (!finding.equals("concentration") && top.language() != null) {
      parts.add(
          top.label()
              + " holds "
              + top.repos()
              + " of "
              + languages.filled()
              + " slots in the signal window ("
              + Numbers.percent(top.share())
              + ")");
    }
    if (!finding.equals("leader")) {
      parts.add(
          leader.repo()
              + " leads the 7-day gains with "
              + Numbers.gain(leader.stars7d())
              + " stars");
    }
    parts.add(
        thousandPlus
            + " of the "
            + window.size()
            + " window repositories gained 1,000 stars or more over the week");
    String sentence =
        switch (parts.size()) {
          case 1 -> parts.get(0);
          case 2 -> parts.get(0) + ", and " + parts.get(1);
          default -> parts.get(0) + ", " + parts.get(1) + ", and " + parts.get(2);
        };
    return sentence + ".";
  }
}
