package io.reposignal.report;

import io.reposignal.signal.RepoSignal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses a narrative from the data and tests it against a second measure.
 *
 * <p>The narrative is about attention. Among named languages that lost at least {@value #MIN_LOSS}
 * signal-window slots against 30 days earlier (or, if none did, at least one), the one that lost
 * the largest part of what it held "is losing" (ties: more slots lost, then more slots held before,
 * then name). If no language lost slots, the one that gained the most "is winning" (ties: more
 * slots now, then name). The test is size: how many of the {@value #LARGEST} largest tracked
 * repositories by star total the language holds on the day and on the comparison day. A losing
 * narrative holds only if the language also lost ground among the largest; a winning one only if it
 * also gained there. Otherwise the data contradicts it: attention moved, the installed base did
 * not.
 */
final class ContrarianRule {
  static final int LARGEST = 100;
  static final int EVIDENCE = 3;
  static final int MIN_LOSS = 2;

  private static final Comparator<RepoSignal> BY_SIZE =
      Comparator.comparingInt(RepoSignal::stars)
          .reversed()
          .thenComparing(s -> s.repo().toLowerCase(Locale.ROOT));

  private ContrarianRule() {}

  static ContrarianSection test(
      LanguageSection languages, List<RepoSignal> now, List<RepoSignal> then, LocalDate firstDay) {
    if (languages.day30() == null) {
      return ContrarianSection.notAvailable(
          "Contrarian check: n/a; it compares with 30 days earlier, and the data start on "
              + firstDay
              + ".");
    }
    if (now.stream().allMatch(s -> s.stars() == null)) {
      return ContrarianSection.notAvailable(
          "Contrarian check: n/a; it ranks the largest repositories by their star totals, which"
              + " GH Archive's events alone do not give.");
    }
    List<LanguageSection.Row> losers =
        languages.rows().stream().filter(r -> r.language() != null && r.shift30() < 0).toList();
    List<LanguageSection.Row> clearLosers =
        losers.stream().filter(r -> -r.shift30() >= MIN_LOSS).toList();
    LanguageSection.Row loser =
        (clearLosers.isEmpty() ? losers : clearLosers)
            .stream()
                .max(
                    Comparator.comparingDouble(
                            (LanguageSection.Row r) -> -r.shift30() / (double) r.repos30())
                        .thenComparingInt(r -> -r.shift30())
                        .thenComparingInt(LanguageSection.Row::repos30)
                        .thenComparing(LanguageSection.Row::language, Comparator.reverseOrder()))
                .orElse(null);
    LanguageSection.Row gainer =
        languages.rows().stream()
            .filter(r -> r.language() != null && r.shift30() > 0)
            .max(
                Comparator.comparingInt(LanguageSection.Row::shift30)
                    .thenComparingInt(LanguageSection.Row::repos)
                    .thenComparing(LanguageSection.Row::language, Comparator.reverseOrder()))
            .orElse(null);
    LanguageSection.Row subject = loser != null ? loser : gainer;
    if (subject == null) {
      return ContrarianSection.notAvailable(
          "Contrarian check: n/a; no language gained or lost window slots against "
              + languages.day30()
              + ".");
    }
    boolean losing = subject == loser;
    String language = subject.language();
    int largestNow = countAmongLargest(now, language);
    int largestThen = countAmongLargest(then, language);
    boolean holds = losing ? largestNow < largestThen : largestNow > largestThen;
    String claim =
        "The narrative: "
            + language
            + (losing ? " is losing. " : " is winning. ")
            + "It went from "
            + subject.repos30()
            + " signal-window slots on "
            + languages.day30()
            + " to "
            + subject.repos()
            + " now.";
    String sizes =
        largestThen + " then, " + largestNow + " now, of the " + LARGEST + " largest repositories";
    String verdict;
    if (holds) {
      verdict =
          "The data agrees: it "
              + (losing ? "lost" : "gained")
              + " ground among the largest repositories too ("
              + sizes
              + ").";
    } else {
      verdict =
          "The data disagrees: its place among the largest repositories did not "
              + (losing ? "shrink" : "grow")
              + " ("
              + sizes
              + "). "
              + (losing
                  ? language + " is losing attention in the window, not its installed base."
                  : language + " is winning attention, not yet size.");
    }
    List<RepoRef> evidence =
        tracked(now)
            .filter(s -> language.equalsIgnoreCase(s.language()))
            .sorted(BY_SIZE)
            .limit(EVIDENCE)
            .map(ArticleBuilder::ref)
            .toList();
    return new ContrarianSection(
        claim,
        language,
        languages.day30(),
        subject.repos(),
        subject.repos30(),
        largestNow,
        largestThen,
        LARGEST,
        verdict,
        holds,
        evidence,
        null);
  }

  /**
   * How many of the {@value #LARGEST} largest tracked repositories are in {@code language}. Tracked
   * means observed on an earlier day too (a known 7-day gain) with a known star total, the same set
   * {@code reposignal signals} lists, so the count can be reproduced from its output.
   */
  private static java.util.stream.Stream<RepoSignal> tracked(List<RepoSignal> signals) {
    return signals.stream().filter(s -> s.stars7d() != null && s.stars() != null);
  }

  static int countAmongLargest(List<RepoSignal> signals, String language) {
    return (int)
        tracked(signals)
            .sorted(BY_SIZE)
            .limit(LARGEST)
            .filter(s -> language.equalsIgnoreCase(s.language()))
            .count();
  }
}
