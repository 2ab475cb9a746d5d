package io.reposignal.ingest.gharchive;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A repository's activity on one UTC day, as counted from one hour file under one name. Rows of
 * several files (and names) for the same repository and day add up.
 *
 * @param repoId GitHub's repository id; negative when derived from the name (see {@link EventKeys})
 * @param repoName "owner/name" as the events wrote it
 * @param stars WatchEvents (a star; there are no un-star events)
 * @param prsMerged pull requests closed with {@code merged: true} (or the action "merged")
 */
public record RepoDayRow(
    long repoId,
    String repoName,
    LocalDate day,
    int events,
    int stars,
    int forks,
    int pushes,
    int prsOpened,
    int prsMerged,
    int issuesOpened,
    int releases)
    implements Serializable {
  public RepoDayRow {
    requireNonNull(repoName, "repoName is null");
    requireNonNull(day, "day is null");
    if (events < 1) {
      throw new IllegalArgumentException("events must be >= 1, was " + events);
    }
  }
}
