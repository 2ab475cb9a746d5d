package io.reposignal.ingest.rankings;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** The fields of a stored snapshot row that identity resolution and gains need. */
record RankingsRowView(
    String list, String fullName, int stars, Integer forks, String language, String description) {
  RankingsRowView {
    requireNonNull(list, "list is null");
    requireNonNull(fullName, "fullName is null");
  }

  String key() {
    return fullName.toLowerCase(Locale.ROOT);
  }
}
