package io.reposignal.ingest.rankings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the daily snapshots into one daily series per repository: identities across renames, one
 * observation a day, daily star gains, gaps and platform-wide data events. A pure function of the
 * rows it is fed, so a rebuild from the same files gives the same result.
 *
 * <p>The rules, each documented in docs/signals.md:
 *
 * <ul>
 *   <li>a day with no snapshot file between two that exist is <b>missing</b>; a repository observed
 *       on both sides gets the gain across the gap spread evenly over the days it covers, each
 *       marked interpolated, so that it never reads as a one-day spike;
 *   <li>a repository not observed on a day that has a snapshot (it left the lists) has no total and
 *       no gain that day, and no gain on the day it comes back: no gains are invented;
 *   <li>falling totals stay negative gains; a day on which an unusual share of repositories lose
 *       stars at once is recorded as a {@code purge} data event (see {@link #isPurge}).
 * </ul>
 */
final class SnapshotHistory {
  /** A purge needs at least this share of repositories losing stars on one day. */
  static final double PURGE_MIN_SHARE = 0.15;

  /** ... and at least this many times the usual share of the preceding weeks. */
  static final double PURGE_MIN_RATIO_TO_MEDIAN = 3.0;

  /** How many preceding days make "the usual share". */
  static final int PURGE_BASELINE_DAYS = 28;

  /** With fewer preceding days than this, only a share of PURGE_SHARE_WITHOUT_BASELINE counts. */
  static final int PURGE_MIN_BASELINE_DAYS = 7;

  static final double PURGE_SHARE_WITHOUT_BASELINE = 0.25;

  private final IdentityResolver resolver = new IdentityResolver();
  private final NavigableSet<LocalDate> snapshotDays = new TreeSet<>();
  private final Map<Integer, TreeMap<LocalDate, Observation>> observations = new HashMap<>();
  private LocalDate lastDay;

  /** Adds one day's rows; days must come in increasing order. */
  void addDay(LocalDate day, List<RankingsRowView> rows) {
    if (lastDay != null && !day.isAfter(lastDay)) {
      throw new IllegalArgumentException("days must increase: " + day + " after " + lastDay);
    }
    lastDay = day;
    snapshotDays.add(day);
    Map<Integer, Observation> resolved = resolver.resolve(day, DailyObservations.reduce(rows));
    resolved.forEach(
        (identity, observation) ->
            observations.computeIfAbsent(identity, k -> new TreeMap<>()).put(day, observation));
  }

  /** The result of all days added so far. */
  Result result() {
    List<IdentityResolver.ResolvedIdentity> identities = resolver.identities();
    List<DayRow> rows = new ArrayList<>();
    for (IdentityResolver.ResolvedIdentity identity : identities) {
      rows.addAll(seriesOf(identity.id(), observations.get(identity.id())));
    }
    List<LocalDate> missing = missingDays();
    return new Result(identities, rows, List.copyOf(snapshotDays), missing, purges(rows));
  }

  private List<LocalDate> missingDays() {
    List<LocalDate> missing = new ArrayList<>();
    if (snapshotDays.isEmpty()) {
      return missing;
    }
    for (LocalDate day = snapshotDays.first(); day.isBefore(lastDay); day = day.plusDays(1)) {
      if (!snapshotDays.contains(day)) {
        missing.add(day);
      }
    }
    return missing;
  }

  private List<DayRow> seriesOf(int identity, TreeMap<LocalDate, Observation> seen) {
    List<DayRow> rows = new ArrayList<>();
    LocalDate first = seen.firstKey();
    LocalDate last = seen.lastKey();
    LocalDate previousSnapshot = null;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (!snapshotDays.contains(day)) {
        continue; // written together with the next snapshot day, see below
      }
      Observation now = seen.get(day);
      Observation before = previousSnapshot == null ? null : seen.get(previousSnapshot);
      if (previousSnapshot != null) {
        long gapDays = previousSnapshot.until(day).getDays();
        boolean spread = now != null && before != null && gapDays > 1;
        int[] shares = spread ? spread(now.stars() - before.stars(), (int) gapDays) : null;
        for (int k = 1; k < gapDays; k++) {
          LocalDate missingDay = previousSnapshot.plusDays(k);
          rows.add(new DayRow(identity, missingDay, null, spread ? shares[k - 1] : null, spread));
        }
        Integer gained =
            now == null || before == null
                ? null
                : spread ? shares[(int) gapDays - 1] : now.stars() - before.stars();
        rows.add(new DayRow(identity, day, now, gained, spread));
      } else {
        rows.add(new DayRow(identity, day, now, null, false));
      }
      previousSnapshot = day;
    }
    return rows;
  }

  /** Splits {@code total} into {@code days} whole parts that differ by at most one. */
  static int[] spread(int total, int days) {
    int[] shares = new int[days];
    int base = Math.floorDiv(total, days);
    int remainder = Math.floorMod(total, days);
    for (int k = 0; k < days; k++) {
      shares[k] = base + (k < remainder ? 1 : 0);
    }
    return shares;
  }

  private List<DataEvent> purges(List<DayRow> rows) {
    Map<LocalDate, int[]> counts = new TreeMap<>(); // day -> {compared, falling, starsLost}
    for (DayRow row : rows) {
      if (row.observation() != null && row.starsGained() != null && !row.interpolated()) {
        int[] count = counts.computeIfAbsent(row.day(), k -> new int[3]);
        count[0]++;
        if (row.starsGained() < 0) {
          count[1]++;
          count[2] -= row.starsGained();
        }
      }
    }
    List<DataEvent> events = new ArrayList<>();
    List<Double> history = new ArrayList<>();
    for (Map.Entry<LocalDate, int[]> entry : counts.entrySet()) {
      int[] count = entry.getValue();
      double share = count[0] == 0 ? 0 : (double) count[1] / count[0];
      List<Double> recent =
          history.subList(Math.max(0, history.size() - PURGE_BASELINE_DAYS), history.size());
      if (isPurge(share, recent)) {
        events.add(
            new DataEvent(
                entry.getKey(),
                "purge",
                count[1],
                share,
                count[2],
                String.format(
                    java.util.Locale.ROOT,
                    "%d of %d repositories (%.0f%%) lost %d stars in all at once: a platform-wide"
                        + " removal of accounts, not a decline of each repository",
                    count[1],
                    count[0],
                    share * 100,
                    count[2])));
      }
      history.add(share);
    }
    return events;
  }

  /**
   * True when {@code share} of repositories losing stars on one day is far above the usual share of
   * the preceding days: at least {@value #PURGE_MIN_SHARE} and at least {@value
   * #PURGE_MIN_RATIO_TO_MEDIAN} times the median of up to {@value #PURGE_BASELINE_DAYS} preceding
   * days (with fewer than {@value #PURGE_MIN_BASELINE_DAYS} of those, at least {@value
   * #PURGE_SHARE_WITHOUT_BASELINE}).
   */
  static boolean isPurge(double share, List<Double> preceding) {
    if (preceding.size() < PURGE_MIN_BASELINE_DAYS) {
      return share >= PURGE_SHARE_WITHOUT_BASELINE;
    }
    List<Double> sorted = new ArrayList<>(preceding);
    Collections.sort(sorted);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return share >= PURGE_MIN_SHARE && share >= PURGE_MIN_RATIO_TO_MEDIAN * median;
  }

  /**
   * One repository on one calendar day.
   *
   * @param identity the repository identity
   * @param day the day
   * @param observation what the snapshot saw, or null when not observed (absent or missing day)
   * @param starsGained the stars gained that day, or null when unknown
   * @param interpolated true when the gain is a share of a gain spread over missing days
   */
  record DayRow(
      int identity,
      LocalDate day,
      Observation observation,
      Integer starsGained,
      boolean interpolated) {}

  /**
   * A platform-wide data event on one day.
   *
   * @param day the day
   * @param kind {@code purge} or {@code missing-day}
   * @param reposAffected how many repositories it touched
   * @param share the share of repositories it touched, 0 to 1
   * @param stars the stars it moved
   * @param detail a sentence for people
   */
  record DataEvent(
      LocalDate day, String kind, int reposAffected, double share, long stars, String detail) {}

  /**
   * Everything derived from the snapshots.
   *
   * @param identities the repositories with their aliases
   * @param rows the daily rows of every repository
   * @param snapshotDays the days that have a snapshot file
   * @param missingDays the days between the first and last snapshot that have none
   * @param purges the purge days
   */
  record Result(
      List<IdentityResolver.ResolvedIdentity> identities,
      List<DayRow> rows,
      List<LocalDate> snapshotDays,
      List<LocalDate> missingDays,
      List<DataEvent> purges) {}
}
