package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalDays;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The candidates of a day: every repository the snapshots observed on it, with the model's features
 * (from the signal engine) and the baselines' scores. Everything is read from days up to that day
 * only. Days are cached for the life of the source, so a backtest computes each day once, and the
 * days a forecast trains on are read together ({@link #prepare}): one read of the snapshot rows for
 * all of them instead of one per day.
 */
public final class CandidateSource {
  /** The days {@code listed_days_28} counts. */
  static final int LISTED_WINDOW_DAYS = 28;

  private final Store store;
  private final SignalDays signals;
  private final Map<LocalDate, List<Candidate>> cache = new HashMap<>();
  private Map<String, LocalDate> created;

  public CandidateSource(Store store) {
    this(store, SignalDays.forStore(store));
  }

  /**
   * Candidates from the signals of {@code signals}, which must read {@code store} (a reading that
   * already computed some days, such as the article's, shares them).
   */
  public CandidateSource(Store store, SignalDays signals) {
    this.store = requireNonNull(store, "store is null");
    this.signals = requireNonNull(signals, "signals is null");
  }

  /** The candidates of {@code day}, sorted by repository name. */
  public List<Candidate> on(LocalDate day) {
    prepare(List.of(day));
    return cache.get(day);
  }

  /** Computes the candidates of the days of {@code days} not computed yet, all in one batch. */
  public void prepare(Collection<LocalDate> days) {
    List<LocalDate> missing = new ArrayList<>();
    for (LocalDate day : new TreeSet<>(days)) {
      if (!cache.containsKey(day)) {
        missing.add(day);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Map<LocalDate, Map<String, Window>> windows = windows(missing);
    signals.each(missing, (day, observed) -> cache.put(day, load(day, observed, windows.get(day))));
  }

  private List<Candidate> load(
      LocalDate day, List<RepoSignal> observed, Map<String, Window> windows) {
    List<Candidate> candidates = new ArrayList<>();
    for (RepoSignal signal : observed) {
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

  /**
   * Per day of {@code days} (sorted), per repository listed on it (by its current name): its listed
   * days over the 28 days ending that day, the last week's daily star and fork gains, and its name
   * on the day. The rows of every day are read at once, as integers (strings through JDBC are what
   * makes reads slow): names only for the days themselves.
   */
  private Map<LocalDate, Map<String, Window>> windows(List<LocalDate> days) {
    LocalDate from = days.get(0).minusDays(LISTED_WINDOW_DAYS - 1);
    LocalDate to = days.get(days.size() - 1);
    int length = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    Map<Integer, Rows> rows = rows(from, to, length);
    Map<Integer, String> currentNames = currentNames();
    Map<LocalDate, Map<Integer, String>> namesOnDays = namesOn(days);
    Map<LocalDate, Map<String, Window>> windows = new HashMap<>();
    for (LocalDate day : days) {
      int end = (int) (day.toEpochDay() - from.toEpochDay());
      Map<Integer, String> namesOnDay = namesOnDays.get(day);
      Map<String, Window> ofDay = new HashMap<>();
      rows.forEach(
          (key, repo) -> {
            String current = currentNames.get(key);
            if (current != null && repo.listed(end)) {
              ofDay.put(current, repo.window(end, namesOnDay.get(key)));
            }
          });
      windows.put(day, ofDay);
    }
    return windows;
  }

  /** The snapshot rows of {@code from..to} per repository key, day by day. */
  private Map<Integer, Rows> rows(LocalDate from, LocalDate to, int length) {
    Map<Integer, Rows> rows = new HashMap<>();
    String sql =
        "SELECT repo_key, CAST(day - ? AS INTEGER), stars IS NOT NULL, stars_gained, forks"
            + " FROM snap_day WHERE day BETWEEN ? AND ?";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, from);
      query.setObject(2, from);
      query.setObject(3, to);
      try (ResultSet result = query.executeQuery()) {
        // Rows come grouped by repository as stored: look one up only when the repository changes.
        Rows repo = null;
        int key = 0;
        while (result.next()) {
          int rowKey = result.getInt(1);
          if (repo == null || rowKey != key) {
            repo = rows.computeIfAbsent(rowKey, k -> new Rows(length));
            key = rowKey;
          }
          int index = result.getInt(2);
          boolean listed = result.getBoolean(3);
          int gained = result.getInt(4);
          boolean gainKnown = !result.wasNull();
          int forks = result.getInt(5);
          repo.add(index, listed, gainKnown ? gained : null, result.wasNull() ? null : forks);
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the snapshot window of " + from + ".." + to + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /** Every snapshot identity's current name. */
  private Map<Integer, String> currentNames() {
    Map<Integer, String> names = new HashMap<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT repo_key, full_name FROM snap_repo")) {
      while (rows.next()) {
        names.put(rows.getInt(1), rows.getString(2));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read repository names: " + e.getMessage(), e);
    }
    return names;
  }

  /** Per day, the names the snapshots listed repositories under that day. */
  private Map<LocalDate, Map<Integer, String>> namesOn(List<LocalDate> days) {
    Map<LocalDate, Map<Integer, String>> names = new HashMap<>();
    for (LocalDate day : days) {
      names.put(day, new HashMap<>());
    }
    String sql =
        "SELECT day, repo_key, full_name FROM snap_day WHERE stars IS NOT NULL AND day IN ("
            + String.join(", ", Collections.nCopies(days.size(), "?"))
            + ")";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < days.size(); i++) {
        query.setObject(i + 1, days.get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.get(rows.getObject(1, LocalDate.class)).put(rows.getInt(2), rows.getString(3));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the names of " + days + ": " + e.getMessage(), e);
    }
    return names;
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

  /** One repository's snapshot rows, by day index: present, listed (a total), gain, forks. */
  private static final class Rows {
    private final boolean[] present;
    private final boolean[] listed;
    private final Integer[] gained;
    private final Integer[] forks;

    Rows(int length) {
      present = new boolean[length];
      listed = new boolean[length];
      gained = new Integer[length];
      forks = new Integer[length];
    }

    void add(int index, boolean isListed, Integer gain, Integer forkTotal) {
      present[index] = true;
      listed[index] = isListed;
      gained[index] = gain;
      forks[index] = forkTotal;
    }

    boolean listed(int index) {
      return listed[index];
    }

    /** The window of the 28 days ending on day {@code end}, named {@code nameOnDay}. */
    Window window(int end, String nameOnDay) {
      Window window = new Window();
      window.nameOnDay = nameOnDay;
      for (int i = end - LISTED_WINDOW_DAYS + 1; i <= end; i++) {
        window.listedDays += i >= 0 && listed[i] ? 1 : 0;
      }
      for (int slot = 0; slot < OssInsightScore.WINDOW_DAYS; slot++) {
        int i = end - OssInsightScore.WINDOW_DAYS + 1 + slot;
        if (i < 0 || !present[i]) {
          continue;
        }
        window.starGains[slot] = gained[i] == null ? 0 : gained[i];
        // A fork gain needs the day before observed too; across a gap it stays unknown (0).
        boolean consecutive = i > 0 && present[i - 1];
        window.forkGains[slot] =
            forks[i] != null && consecutive && forks[i - 1] != null ? forks[i] - forks[i - 1] : 0;
      }
      return window;
    }
  }
}
