package io.reposignal.ingest.rankings;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a daily Github-Ranking snapshot: a repository's place in one list on one day.
 *
 * @param day the snapshot day (from the file name)
 * @param list the list the row belongs to: {@code top-100-stars}, {@code top-100-forks} or a
 *     language
 * @param rank the rank within the list, or null when the cell is empty
 * @param fullName "owner/name" as the URL gives it, in its original case
 * @param stars the star total when the list was fetched
 * @param forks the fork total, or null when unknown
 * @param language the primary language, or null when empty
 * @param issues the open issue count, or null when unknown
 * @param lastCommit the time of the last commit, or null when unknown
 * @param description the owner's description: untrusted text, kept as data, or null when empty
 * @param line the 1-based line number in the file where the record starts
 */
public record RankingRow(
    LocalDate day,
    String list,
    Integer rank,
    String fullName,
    int stars,
    Integer forks,
    String language,
    Integer issues,
    Instant lastCommit,
    String description,
    long line) {

  public RankingRow {
    requireNonNull(day, "day is null");
    requireNonNull(list, "list is null");
    requireNonNull(fullName, "fullName is null");
    if (stars < 0) {
      throw new IllegalArgumentException("stars must be >= 0, was " + stars);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
  }
}
