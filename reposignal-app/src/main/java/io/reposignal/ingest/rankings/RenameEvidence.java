package io.reposignal.ingest.rankings;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a name seen for the first time is a known repository under a new name (a rename
 * or a transfer), from every clue the snapshots give.
 *
 * <p>Repositories near the bottom of a top-100 list drop out and others come in every day with
 * similar star totals, so close numbers alone prove nothing. A match needs both:
 *
 * <ul>
 *   <li><b>continuity</b>: the new star total is between 0.95x (a purge) and 4x (a viral day) of
 *       the old one, and so is the fork total (forks grow with stars; unrelated repositories of
 *       equal stars rarely have equal forks);
 *   <li><b>a textual clue</b>: the same repository name, the same non-empty description, a
 *       description sharing at least half its words, or the same owner with near-equal figures
 *       (within 5%, as when an owner renames a repository and rewrites its description).
 * </ul>
 *
 * <p>When the old name is still listed on the same day (the lists are fetched minutes apart, so
 * both URLs can appear during a rename) the figures must agree within 1%.
 */
final class RenameEvidence {
  static final double MIN_RATIO = 0.95;
  static final double MAX_RATIO = 4.0;
  static final double CLOSE_RATIO = 1.05;
  static final double SAME_DAY_RATIO = 1.01;
  static final double DESCRIPTION_OVERLAP = 0.5;
  static final int MIN_WORDS = 3;

  /** Below this many forks the fork ratio is noise; an absolute difference is used instead. */
  static final int SMALL_FORKS = 50;

  private RenameEvidence() {}

  /**
   * A score above zero when {@code candidate} is plausibly {@code previous} under a new name;
   * higher scores mean stronger evidence. Zero means no match.
   *
   * @param sameDay true when the old name is also listed on the candidate's day
   */
  static double score(Observation previous, Observation candidate, boolean sameDay) {
    double starsRatio = ratio(candidate.stars(), previous.stars());
    if (starsRatio < MIN_RATIO || starsRatio > MAX_RATIO) {
      return 0;
    }
    if (!forksContinuous(previous.forks(), candidate.forks())) {
      return 0;
    }
    boolean close = starsRatio <= CLOSE_RATIO && forksClose(previous.forks(), candidate.forks());
    if (sameDay && (starsRatio > SAME_DAY_RATIO || starsRatio < 1 / SAME_DAY_RATIO)) {
      return 0;
    }
    boolean sameName = previous.name().equals(candidate.name());
    boolean sameOwner = previous.owner().equals(candidate.owner());
    boolean sameDescription = sameText(previous.description(), candidate.description());
    boolean similarDescription =
        sameDescription
            || descriptionOverlap(previous.description(), candidate.description())
                >= DESCRIPTION_OVERLAP;
    boolean languageChanged =
        previous.language() != null
            && candidate.language() != null
            && !previous.language().equals(candidate.language());
    if (!(sameName || (!languageChanged && (similarDescription || (sameOwner && close))))) {
      return 0;
    }
    double score = 0;
    score += sameName ? 2 : 0;
    score += sameDescription ? 2 : similarDescription ? 1 : 0;
    score += sameOwner ? 1 : 0;
    score += close ? 1 : 0;
    score +=
        previous.language() != null && previous.language().equals(candidate.language()) ? 0.5 : 0;
    // Prefer the nearer star total among otherwise equal candidates.
    return score + 1 / (1 + Math.abs(Math.log(starsRatio)));
  }

  private static boolean forksContinuous(Integer before, Integer after) {
    if (before == null || after == null) {
      return true;
    }
    if (before < SMALL_FORKS) {
      return Math.abs(after - before) <= SMALL_FORKS;
    }
    double forksRatio = ratio(after, before);
    return forksRatio >= MIN_RATIO && forksRatio <= MAX_RATIO;
  }

  private static boolean forksClose(Integer before, Integer after) {
    if (before == null || after == null) {
      return false;
    }
    if (before < SMALL_FORKS) {
      return Math.abs(after - before) <= 2;
    }
    double forksRatio = ratio(after, before);
    return forksRatio >= 1 / CLOSE_RATIO && forksRatio <= CLOSE_RATIO;
  }

  private static double ratio(int after, int before) {
    return before == 0 ? (after == 0 ? 1.0 : Double.POSITIVE_INFINITY) : (double) after / before;
  }

  private static boolean sameText(String a, String b) {
    return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
  }

  /**
   * The share of all words of two descriptions that both have (Jaccard); 0 when either has fewer
   * than {@value #MIN_WORDS} words, too few to tell repositories apart.
   */
  static double descriptionOverlap(String a, String b) {
    Set<String> wordsA = words(a);
    Set<String> wordsB = words(b);
    if (wordsA.size() < MIN_WORDS || wordsB.size() < MIN_WORDS) {
      return 0;
    }
    Set<String> common = new HashSet<>(wordsA);
    common.retainAll(wordsB);
    Set<String> union = new HashSet<>(wordsA);
    union.addAll(wordsB);
    return (double) common.size() / union.size();
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    if (text == null) {
      return words;
    }
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 1) {
        words.add(word);
      }
    }
    return words;
  }
}
