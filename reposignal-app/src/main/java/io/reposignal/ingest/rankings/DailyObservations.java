package io.reposignal.ingest.rankings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces one day's snapshot rows to one observation per repository name.
 *
 * <p>A repository often stands in several lists on the same day with slightly different figures,
 * because the lists are fetched minutes apart. Star totals only grow within minutes (a purge is a
 * once-a-day event), so the highest total is the most recent fetch: that row is kept, its forks too
 * (ties go to the higher fork count, then to the list name, so the choice is deterministic). Names
 * are compared case-insensitively, as GitHub does.
 */
final class DailyObservations {
  private static final Comparator<RankingsRowView> LATEST_FIRST =
      Comparator.comparingInt(RankingsRowView::stars)
          .reversed()
          .thenComparing(
              (RankingsRowView row) -> row.forks() == null ? -1 : row.forks(),
              Comparator.reverseOrder())
          .thenComparing(RankingsRowView::list);

  private DailyObservations() {}

  static List<Observation> reduce(List<RankingsRowView> rows) {
    Map<String, List<RankingsRowView>> byName = new LinkedHashMap<>();
    for (RankingsRowView row : rows) {
      byName.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
    }
    List<Observation> observations = new ArrayList<>(byName.size());
    for (List<RankingsRowView> same : byName.values()) {
      same.sort(LATEST_FIRST);
      RankingsRowView chosen = same.get(0);
      long lists = same.stream().map(RankingsRowView::list).distinct().count();
      observations.add(
          new Observation(
              chosen.fullName(),
              chosen.stars(),
              chosen.forks(),
              firstNonNull(same, RankingsRowView::language),
              firstNonNull(same, RankingsRowView::description),
              (int) lists));
    }
    observations.sort(Comparator.comparing(Observation::key));
    return observations;
  }

  private static String firstNonNull(
      List<RankingsRowView> rows, java.util.function.Function<RankingsRowView, String> field) {
    for (RankingsRowView row : rows) {
      String value = field.apply(row);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
