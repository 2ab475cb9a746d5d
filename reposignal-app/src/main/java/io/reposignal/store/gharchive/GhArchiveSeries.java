package io.reposignal.store.gharchive;

import static java.util.Objects.requireNonNull;

import io.reposignal.store.StoreException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads GH Archive star counts and coverage back, day by day, for the signal engine. A day's star
 * count is null when no GH Archive hour of that day was read (no data), and a number, possibly 0,
 * when at least one was (data): the two must never be confused. Days are UTC days of the events'
 * own times.
 */
public final class GhArchiveSeries {
  /**
   * Stars counted on one day.
   *
   * @param starsEvents WatchEvents counted that day, or null when the day has no GH Archive data
   * @param hoursCovered hours of the day read in full or in part (0-24)
   */
  public record StarDay(LocalDate day, Long starsEvents, int hoursCovered) {
    public StarDay {
      requireNonNull(day, "day is null");
    }
  }

  /** How many of a day's 24 hours were read, and how. */
  public record DayCoverage(
      LocalDate day,
      int hoursOk,
      int hoursPartial,
      int hoursEmpty,
      int hoursCorrupt,
      int hoursMissing) {
    public DayCoverage {
      requireNonNull(day, "day is null");
    }

    /** Hours whose events were read, in full or in part. */
    public int hoursCovered() {
      return hoursOk + hoursPartial;
    }

    /** True when the day has GH Archive data at all. */
    public boolean covered() {
      return hoursCovered() > 0;
    }
  }

  private final Connection connection;

  public GhArchiveSeries(Connection connection) {
    this.connection = requireNonNull(connection, "connection is null");
  }

  /**
   * The repository id behind a full name, compared case-insensitively with every name the
   * repository had; when several repositories held the name, the one that held it last.
   */
  public OptionalLong repoId(String fullName) {
    requireNonNull(fullName, "fullName is null");
    String sql =
        "SELECT repo_id FROM gha_repo_name WHERE lower(repo_name) = ?"
            + " ORDER BY last_day DESC, repo_id DESC LIMIT 1";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, fullName.toLowerCase(Locale.ROOT));
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up " + fullName + ": " + e.getMessage(), e);
    }
  }

  /** Every name a repository id was seen under, oldest first. */
  public List<String> names(long repoId) {
    String sql =
        "SELECT repo_name FROM gha_repo_name WHERE repo_id = ? ORDER BY first_day, repo_name";
    List<String> names = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, repoId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read names of repo " + repoId + ": " + e.getMessage(), e);
    }
    return names;
  }

  /** Stars per day from {@code from} to {@code to} (both included) of a repository by name. */
  public List<StarDay> stars(String fullName, LocalDate from, LocalDate to) {
    OptionalLong id = repoId(fullName);
    return id.isPresent() ? stars(id.getAsLong(), from, to) : stars(Long.MIN_VALUE, from, to);
  }

  /** Stars per day from {@code from} to {@code to} (both included) of a repository by id. */
  public List<StarDay> stars(long repoId, LocalDate from, LocalDate to) {
    checkRange(from, to);
    Map<LocalDate, Long> counted = new HashMap<>();
    String sql =
        "SELECT day, sum(stars)::BIGINT FROM gha_repo_day_part"
            + " WHERE repo_id = ? AND day BETWEEN ? AND ? GROUP BY day";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, repoId);
      query.setDate(2, Date.valueOf(from));
      query.setDate(3, Date.valueOf(to));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counted.put(rows.getObject(1, LocalDate.class), rows.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read stars of repo " + repoId + ": " + e.getMessage(), e);
    }
    List<StarDay> days = new ArrayList<>();
    for (DayCoverage coverage : coverage(from, to)) {
      Long stars = coverage.covered() ? counted.getOrDefault(coverage.day(), 0L) : null;
      days.add(new StarDay(coverage.day(), stars, coverage.hoursCovered()));
    }
    return days;
  }

  /**
   * Coverage of every day from {@code from} to {@code to} (both included), for the whole store.
   * Days outside the span of ingested hours count all 24 hours as missing.
   */
  public List<DayCoverage> coverage(LocalDate from, LocalDate to) {
    checkRange(from, to);
    Map<LocalDate, DayCoverage> known = new HashMap<>();
    String sql =
        "SELECT day, hours_ok, hours_partial, hours_empty, hours_corrupt, hours_missing"
            + " FROM gha_day_coverage WHERE day BETWEEN ? AND ?";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setDate(1, Date.valueOf(from));
      query.setDate(2, Date.valueOf(to));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          LocalDate day = rows.getObject(1, LocalDate.class);
          known.put(
              day,
              new DayCoverage(
                  day,
                  rows.getInt(2),
                  rows.getInt(3),
                  rows.getInt(4),
                  rows.getInt(5),
                  rows.getInt(6)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read GH Archive coverage: " + e.getMessage(), e);
    }
    List<DayCoverage> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days.add(known.getOrDefault(day, new DayCoverage(day, 0, 0, 0, 0, 24)));
    }
    return days;
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
  }
}
