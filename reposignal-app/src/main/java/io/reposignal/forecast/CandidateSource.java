package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalEngine;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The candidates of a day: every repository the snapshots observed on it, with the model's features
 * (from the signal engine) and the baselines' scores. Everything is read from days up to that day
 * only. Days are cached for the life of the source, so a backtest computes each day once.
 */
public final class CandidateSource {
  /** The days {@code listed_days_28} counts. */
  static final int LISTED_WINDOW_DAYS = 28;

  private final Store store;
  private final SignalEngine engine;
  private final Map<LocalDate, List<Candidate>> cache = new HashMap<>();
  private Map<String, LocalDate> created;

  public CandidateSource(Store store) {
    this.store = requireNonNull(store, "store is null");
    this.engine = SignalEngine.forStore(store);
  }

  /** The candidates of {@code day}, sorted by repository name. */
  public List<Candidate> on(LocalDate day) {
    List<Candidate> cached = cache.get(day);
    if (cached == null) {
      cached = load(day);
      cache.put(day, cached);
    }
    return cached;
  }

  private List<Candidate> load(LocalDate day) {
    Map<String, Window> windows = windows(day);
    List<Candidate> candidates = new ArrayList<>();
    for (RepoSignal signal : engine.observedOn(day)) {
      Window window = windows.get(signal.repo());
      if (window == null || window.nameOnDay == null) {
        continue;
      }
      double ossInsight =
          OssInsightScore.of(window.starGains, window.forkGains, ageYears(signal.repo(), day));
      candidates.add(
          new Candidate(
              window.nameOnDay,
              signal.stars(),
              ForecastFeatures.of(signal, window.listedDays),
              signal.stars7d() == null ? 0 : signal.stars7d(),
              ossInsight));
    }
    candidates.sort(Comparator.comparing(Candidate::repo));
    return List.copyOf(candidates);
  }

  /** Per repository observed on {@code day}: its listed days and the last week's daily gains. */
  private Map<String, Window> windows(LocalDate day) {
    Map<String, Window> windows = new HashMap<>();
    String sql =
        "SELECT r.full_name, CAST(d.day - ? AS INTEGER), d.stars, d.stars_gained, d.forks,"
            + " d.full_name"
            + " FROM snap_day d JOIN snap_repo r USING (repo_key)"
            + " WHERE d.day BETWEEN ? AND ? AND d.repo_key IN"
            + " (SELECT repo_key FROM snap_day WHERE day = ? AND stars IS NOT NULL)"
            + " ORDER BY d.repo_key, d.day";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, day);
      query.setObject(2, day.minusDays(LISTED_WINDOW_DAYS - 1));
      query.setObject(3, day);
      query.setObject(4, day);
      try (ResultSet rows = query.executeQuery()) {
        Integer previousForks = null;
        int previousOffset = Integer.MIN_VALUE;
        String previousRepo = null;
        while (rows.next()) {
          String repo = rows.getString(1);
          int offset = rows.getInt(2); // 0 = the day itself, -27 = the oldest day read
          rows.getInt(3);
          boolean listed = !rows.wasNull();
          int gained = rows.getInt(4);
          boolean gainKnown = !rows.wasNull();
          int forkTotal = rows.getInt(5);
          Integer forks = rows.wasNull() ? null : forkTotal;
          if (!repo.equals(previousRepo)) {
            previousForks = null;
            previousOffset = Integer.MIN_VALUE;
            previousRepo = repo;
          }
          Window window = windows.computeIfAbsent(repo, r -> new Window());
          window.listedDays += listed ? 1 : 0;
          if (offset == 0) {
            window.nameOnDay = rows.getString(6);
          }
          int slot = offset + OssInsightScore.WINDOW_DAYS - 1;
          if (slot >= 0) {
            window.starGains[slot] = gainKnown ? gained : 0;
            // A fork gain needs the day before observed too; across a gap it stays unknown (0).
            boolean consecutive = previousOffset == offset - 1;
            window.forkGains[slot] =
                forks != null && previousForks != null && consecutive ? forks - previousForks : 0;
          }
          previousForks = forks;
          previousOffset = offset;
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the snapshot window of " + day + ": " + e.getMessage(), e);
    }
    return windows;
  }

  /** The repository's age in years on {@code day}, or NaN when its creation date is unknown. */
  private double ageYears(String repo, LocalDate day) {
    if (created == null) {
      created = creationDates();
    }
    LocalDate since = created.get(repo.toLowerCase(Locale.ROOT));
    if (since == null || since.isAfter(day)) {
      return Double.NaN;
    }
    return (day.toEpochDay() - since.toEpochDay()) / 365.25;
  }

  private Map<String, LocalDate> creationDates() {
    Map<String, LocalDate> dates = new HashMap<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT full_name_lower, CAST(created_at AS DATE) FROM gh_repo"
                    + " WHERE created_at IS NOT NULL ORDER BY full_name_lower")) {
      while (rows.next()) {
        dates.put(rows.getString(1), rows.getObject(2, LocalDate.class));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read creation dates: " + e.getMessage(), e);
    }
    return dates;
  }

  /** The figures of one repository's last 28 days the baselines and features need. */
  private static final class Window {
    private final int[] starGains = new int[OssInsightScore.WINDOW_DAYS];
    private final int[] forkGains = new int[OssInsightScore.WINDOW_DAYS];
    private int listedDays;
    private String nameOnDay;
  }
}
