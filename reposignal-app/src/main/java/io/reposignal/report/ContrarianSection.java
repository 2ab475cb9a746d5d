package io.reposignal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A popular narrative tested against the data, chosen by {@link ContrarianRule}.
 *
 * @param claim the narrative in a sentence (plain text), or null when unavailable
 * @param language the language it is about, or null
 * @param then the earlier day compared with, or null
 * @param windowNow window slots the language holds on the day
 * @param windowThen window slots it held on {@code then}
 * @param largestNow how many of the largest repositories (by star total) it holds on the day
 * @param largestThen how many it held on {@code then}
 * @param largestCount how many largest repositories are counted
 * @param verdict what the data says, in a sentence, or null
 * @param holds true when the data supports the narrative, false when it contradicts it
 * @param evidence the language's largest repositories on the day
 * @param unavailable why there is no check, or null
 */
public record ContrarianSection(
    String claim,
    String language,
    LocalDate then,
    int windowNow,
    int windowThen,
    int largestNow,
    int largestThen,
    int largestCount,
    String verdict,
    boolean holds,
    List<RepoRef> evidence,
    String unavailable) {
  public ContrarianSection {
    evidence = List.copyOf(evidence);
  }

  static ContrarianSection notAvailable(String why) {
    return new ContrarianSection(null, null, null, 0, 0, 0, 0, 0, null, false, List.of(), why);
  }
}
