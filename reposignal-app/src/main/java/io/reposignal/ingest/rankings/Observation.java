package io.reposignal.ingest.rankings;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A repository as one day's snapshot saw it, after the rows of its several lists were reduced to
 * one (see {@link DailyObservations}).
 *
 * @param fullName "owner/name" as the snapshot wrote it
 * @param stars the star total
 * @param forks the fork total, or null when unknown
 * @param language the primary language, or null
 * @param description the owner's description (untrusted), or null
 * @param lists how many lists the repository appeared in that day
 */
record Observation(
    String fullName, int stars, Integer forks, String language, String description, int lists) {
  Observation {
    requireNonNull(fullName, "fullName is null");
    if (lists < 1) {
      throw new IllegalArgumentException("lists must be >= 1, was " + lists);
    }
  }

  String key() {
    return fullName.toLowerCase(Locale.ROOT);
  }

  String owner() {
    return key().substring(0, key().indexOf('/'));
  }

  String name() {
    return key().substring(key().indexOf('/') + 1);
  }
}
