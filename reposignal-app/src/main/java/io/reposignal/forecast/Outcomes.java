package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * What happened after an as-of day D: for every repository observed on D, the stars it gained up to
 * the end of the horizon E, the last snapshot day on or before D + H (a missing day at D + H
 * shortens the horizon by a day rather than mixing in an interpolated total).
 *
 * <p>Unknown outcomes: a repository the snapshots no longer list on E has no total that day. It
 * counts as <em>not</em> among the top gainers: the lists hold the top repositories by stars per
 * language, so a repository gaining enough to rank among the top gainers of all 3,450 stays listed,
 * and one that drops out was overtaken. Ties rank by repository name, so the top K is always
 * exactly K repositories (fewer only when fewer outcomes are known).
 *
 * @param asOf the day the calls were made from
 * @param end the last day of the horizon
 * @param gains per repository observed on D, by its name on D (as candidates are named): the star
 *     total on D and the stars gained to E, the gain null when unknown
 */
public record Outcomes(LocalDate asOf, LocalDate end, Map<String, Outcome> gains) {
  public Outcomes {
    requireNonNull(asOf, "asOf is null");
    requireNonNull(end, "end is null");
    gains = Map.copyOf(gains);
  }

  /** One repository's realised figures. */
  public record Outcome(int starsAtAsOf, Integer gained) {}

  /**
   * The last day of the horizon of {@code asOf}, or null when the data does not reach {@code asOf +
   * horizon} yet (the outcome is unresolved).
   */
  public static LocalDate endOf(LocalDate asOf, int horizon, NavigableSet<LocalDate> observed) {
    LocalDate due = asOf.plusDays(horizon);
    if (observed.isEmpty() || observed.last().isBefore(due)) {
      return null;
    }
    LocalDate end = observed.floor(due);
    return end == null || !end.isAfter(asOf) ? null : end;
  }

  /** The outcomes of {@code asOf} to {@code end}, read from the snapshots. */
  public static Outcomes read(Store store, LocalDate asOf, LocalDate end) {
    Map<String, Outcome> gains = new HashMap<>();
    String sql =
        "SELECT a.full_name, a.stars, e.stars FROM snap_day a"
            + " LEFT JOIN snap_day e ON e.repo_key = a.repo_key AND e.day = ?"
            + " WHERE a.day = ? AND a.stars IS NOT NULL";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, end);
      query.setObject(2, asOf);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          int start = rows.getInt(2);
          int last = rows.getInt(3);
          Integer gained = rows.wasNull() ? null : last - start;
          gains.put(rows.getString(1), new Outcome(start, gained));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the outcomes of " + asOf + " to " + end + ": " + e.getMessage(), e);
    }
    return new Outcomes(asOf, end, gains);
  }

  /**
   * {@link #read(Store, LocalDate, LocalDate)} of every as-of day of {@code ends} (as-of day to the
   * end of its horizon), in one read: the training days of a forecast. A repository's name repeats
   * from one as-of day to the next, and strings are what makes JDBC reads slow, so a row carries it
   * only when it differs from the repository's previous as-of day.
   */
  public static Map<LocalDate, Outcomes> read(Store store, Map<LocalDate, LocalDate> ends) {
    List<LocalDate> days = new ArrayList<>(new TreeMap<>(ends).keySet());
    Map<LocalDate, Map<String, Outcome>> gains = new HashMap<>();
    for (LocalDate day : days) {
      gains.put(day, new HashMap<>());
    }
    if (days.isEmpty()) {
      return Map.of();
    }
    String sql =
        "SELECT as_of, same, CASE WHEN same THEN NULL ELSE name END, start, last"
            + " FROM (SELECT p.as_of, a.repo_key, a.full_name AS name, a.stars AS start,"
            + " e.stars AS last, coalesce(lag(p.as_of) OVER w IS NOT NULL"
            + " AND a.full_name IS NOT DISTINCT FROM lag(a.full_name) OVER w, false) AS same"
            + " FROM (VALUES "
            + String.join(", ", Collections.nCopies(days.size(), "(?::DATE, ?::DATE)"))
            + ") p(as_of, end_day)"
            + " JOIN snap_day a ON a.day = p.as_of"
            + " LEFT JOIN snap_day e ON e.repo_key = a.repo_key AND e.day = p.end_day"
            + " WHERE a.stars IS NOT NULL"
            + " WINDOW w AS (PARTITION BY a.repo_key ORDER BY p.as_of))"
            + " ORDER BY repo_key, as_of";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < days.size(); i++) {
        query.setObject(2 * i + 1, days.get(i));
        query.setObject(2 * i + 2, ends.get(days.get(i)));
      }
      try (ResultSet rows = query.executeQuery()) {
        String name = null;
        while (rows.next()) {
          name = rows.getBoolean(2) ? name : rows.getString(3);
          int start = rows.getInt(4);
          int last = rows.getInt(5);
          Integer gained = rows.wasNull() ? null : last - start;
          gains.get(rows.getObject(1, LocalDate.class)).put(name, new Outcome(start, gained));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the outcomes of " + days + ": " + e.getMessage(), e);
    }
    Map<LocalDate, Outcomes> outcomes = new HashMap<>();
    for (LocalDate day : days) {
      outcomes.put(day, new Outcomes(day, ends.get(day), gains.get(day)));
    }
    return outcomes;
  }

  /**
   * The repositories with a known outcome ranked by {@code target}, best first (ties by name):
   * position i holds the realised rank i + 1.
   */
  public List<String> ranking(Target target) {
    List<Ranked> known = new ArrayList<>();
    for (Map.Entry<String, Outcome> entry : gains.entrySet()) {
      Outcome outcome = entry.getValue();
      if (outcome.gained() != null) {
        known.add(
            new Ranked(entry.getKey(), -target.value(outcome.starsAtAsOf(), outcome.gained())));
      }
    }
    // The figure once per repository, not once per comparison: a forecast ranks every training day.
    known.sort(Comparator.comparingDouble(Ranked::negatedValue).thenComparing(Ranked::repo));
    return known.stream().map(Ranked::repo).toList();
  }

  /** A repository and the negated figure it is ranked by (so that the largest comes first). */
  private record Ranked(String repo, double negatedValue) {}
}
