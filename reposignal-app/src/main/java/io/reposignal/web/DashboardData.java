package io.reposignal.web;

import static java.util.Objects.requireNonNull;

import io.reposignal.cluster.ClusterFinder;
import io.reposignal.cluster.ClusterSettings;
import io.reposignal.cluster.GhaStarStargazers;
import io.reposignal.cluster.RepoCluster;
import io.reposignal.enrich.RepoMetadata;
import io.reposignal.enrich.RepoMetadataLookup;
import io.reposignal.forecast.ForecastLedger;
import io.reposignal.history.RepoHistoryReader;
import io.reposignal.signal.DayPopulations;
import io.reposignal.signal.LanguageMap;
import io.reposignal.signal.MomentumDay;
import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalEngine;
import io.reposignal.signal.SignalWindow;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.signal.momentum.Momentum;
import io.reposignal.store.StoreException;
import io.reposignal.suspicious.SuspiciousRepoDays;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything the pages and the API read from the store, computed once per ingest: the data between
 * two ingests never changes, so signals per day, windows and repository histories are cached until
 * {@link #invalidate()} is called after an ingest.
 */
final class DashboardData {
  /** The most search hits returned. */
  static final int SEARCH_LIMIT = 20;

  /** An earlier day without a snapshot may be replaced by the closest day this many days before. */
  static final int NEAREST_DAY_TOLERANCE = 3;

  private final Readers readers;
  private final ComputeCache<String, SnapshotCalendar> calendar = new ComputeCache<>(1);
  private final ComputeCache<LocalDate, List<RepoSignal>> signalsByDay = new ComputeCache<>(64);
  private final ComputeCache<WindowKey, Views.Signals> windows = new ComputeCache<>(512);
  private final ComputeCache<String, Optional<Views.Repo>> repos = new ComputeCache<>(4096);
  private final ComputeCache<LocalDate, List<RepoCluster>> clustersByDay = new ComputeCache<>(64);
  private final ComputeCache<Object, byte[]> json = new ComputeCache<>(4096);

  /**
   * Each day's population, shared by the repository pages: a cold page took about 0.6 s, most of it
   * working out the populations of the repository's days, which are the same for every page.
   * Replaced (not cleared) on invalidation, so a page still computing fills the old one.
   */
  private volatile DayPopulations populations = new DayPopulations();

  DashboardData(Readers readers) {
    this.readers = requireNonNull(readers, "readers is null");
  }

  /** Forgets everything computed: call after an ingest changed the store. */
  void invalidate() {
    calendar.clear();
    signalsByDay.clear();
    windows.clear();
    repos.clear();
    clustersByDay.clear();
    json.clear();
    populations = new DayPopulations();
  }

  /**
   * The JSON of an answer as UTF-8 bytes, written once per key until the next ingest: under load,
   * writing (and encoding) the same large answer again and again costs more than computing it did;
   * handing Javalin the bytes doubled the throughput of /api/v1/signals and cut its p99 by half.
   */
  byte[] json(Object key, java.util.function.Supplier<Object> answer) {
    return json.get(
        key, k -> SafeJson.write(answer.get()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  SnapshotCalendar calendar() {
    return calendar.get("calendar", key -> readers.read(SnapshotCalendar::forWindows));
  }

  Views.Days days() {
    SnapshotCalendar days = calendar();
    return new Views.Days(days.first(), days.last(), days.missingDays());
  }

  /**
   * The signal window of {@code asOf} (null: the latest day), optionally only one language and one
   * momentum class (null: all).
   *
   * @throws io.reposignal.error.RepoSignalException NOT_FOUND when that day has no snapshot
   */
  Views.Signals signals(
      LocalDate asOf,
      GainWindow window,
      RankBy rankBy,
      String language,
      Momentum momentum,
      int size) {
    LocalDate day = observed(asOf);
    WindowKey key =
        new WindowKey(
            day,
            window,
            rankBy,
            language == null ? null : language.toLowerCase(Locale.ROOT),
            momentum,
            size);
    return windows.get(
        key,
        k ->
            new Views.Signals(
                day,
                window.wire(),
                rankBy.wire(),
                language,
                momentum == null ? null : momentum.label(),
                size,
                rank(day, window, rankBy, language, momentum, size)));
  }

  /** The day itself when it has a snapshot (null: the latest day); 404 naming as_of otherwise. */
  LocalDate observed(LocalDate asOf) {
    try {
      return calendar().requireObserved(asOf);
    } catch (io.reposignal.error.RepoSignalException e) {
      throw new BadParameter(404, "as_of", e.getMessage().replace("--as-of ", "as_of="));
    }
  }

  /** The languages of every repository with a known gain on {@code day}, for the filter. */
  List<String> languagesOn(LocalDate asOf) {
    LocalDate day = observed(asOf);
    TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (RepoSignal signal : signalsOn(day)) {
      if (signal.language() != null) {
        names.add(signal.language());
      }
    }
    return List.copyOf(names);
  }

  /**
   * The language map of the signal window of {@code asOf}, with the slots each language held in the
   * window of 30 and 90 days earlier (ranked the same way).
   */
  Views.Languages languages(LocalDate asOf, GainWindow window, RankBy rankBy, int size) {
    Views.Signals now = signals(asOf, window, rankBy, null, null, size);
    LocalDate day30 = earlierDay(now.asOf(), 30);
    LocalDate day90 = earlierDay(now.asOf(), 90);
    return new Views.Languages(
        now.asOf(),
        window.wire(),
        rankBy.wire(),
        size,
        day30,
        day90,
        LanguageMap.shift(
            now.repos(),
            windowOn(day30, window, rankBy, size),
            windowOn(day90, window, rankBy, size)));
  }

  private List<RepoSignal> windowOn(LocalDate day, GainWindow window, RankBy rankBy, int size) {
    return day == null ? null : signals(day, window, rankBy, null, null, size).repos();
  }

  /**
   * The day compared with {@code day} {@code daysBack} days earlier: that day, or the closest
   * observed day up to {@value #NEAREST_DAY_TOLERANCE} days before it (a missing snapshot file);
   * null when the data does not reach back so far. The rule of {@code reposignal languages}.
   */
  LocalDate earlierDay(LocalDate day, int daysBack) {
    SnapshotCalendar days = calendar();
    LocalDate target = day.minusDays(daysBack);
    for (int back = 0; back <= NEAREST_DAY_TOLERANCE; back++) {
      if (days.isObserved(target.minusDays(back))) {
        return target.minusDays(back);
      }
    }
    return null;
  }

  /**
   * The clusters of {@code asOf} (null: the latest day), as {@code reposignal clusters} finds them
   * with its default population; computed once per day until the next ingest.
   */
  Views.Clusters clusters(LocalDate asOf) {
    LocalDate day = observed(asOf);
    return new Views.Clusters(
        day,
        ClusterSettings.DEFAULT_POPULATION,
        clustersByDay.get(
            day,
            d ->
                readers.read(
                    store ->
                        new ClusterFinder(
                                store,
                                new GhaStarStargazers(store),
                                ClusterSettings.defaults(ClusterSettings.DEFAULT_POPULATION))
                            .find(d))));
  }

  /**
   * The forecast ledger's latest calls (those of its newest as-of day), read afresh each time: the
   * ledger grows with {@code reposignal forecast} and {@code report}, not with snapshots.
   */
  List<ForecastLedger.Entry> latestCalls() {
    return readers.read(store -> new ForecastLedger(store).latest());
  }

  /** Every repository observed on {@code day} by name, for describing the ones a feed names. */
  Map<String, RepoSignal> observedOn(LocalDate day) {
    Map<String, RepoSignal> byName = new HashMap<>();
    if (calendar().isObserved(day)) {
      for (RepoSignal signal : signalsOn(day)) {
        byName.put(signal.repo(), signal);
      }
    }
    return byName;
  }

  private List<RepoSignal> signalsOn(LocalDate day) {
    return signalsByDay.get(
        day, d -> readers.read(store -> SignalEngine.forStore(store).observedOn(d)));
  }

  private List<RepoSignal> rank(
      LocalDate day,
      GainWindow window,
      RankBy rankBy,
      String language,
      Momentum momentum,
      int size) {
    List<RepoSignal> all =
        signalsOn(day).stream().filter(s -> momentum == null || s.momentum() == momentum).toList();
    if (rankBy == RankBy.SCORE) {
      return SignalWindow.top(all, size, language); // the CLI's window, exactly
    }
    Comparator<RepoSignal> order =
        Comparator.comparing(window::trusted, Comparator.reverseOrder())
            .thenComparing(
                (RepoSignal s) ->
                    s.trustedStars7d() == null ? Integer.MIN_VALUE : s.trustedStars7d(),
                Comparator.reverseOrder())
            .thenComparing(s -> s.repo().toLowerCase(Locale.ROOT));
    return all.stream()
        .filter(s -> window.trusted(s) != null)
        .filter(s -> language == null || language.equalsIgnoreCase(s.language()))
        .sorted(order)
        .limit(size)
        .toList();
  }

  /** The repository known as {@code fullName} now or before, or empty when unknown. */
  Optional<Views.Repo> repo(String fullName) {
    return repos.get(
        fullName.toLowerCase(Locale.ROOT),
        key ->
            readers.read(
                store -> {
                  RepoHistoryReader reader = new RepoHistoryReader(store);
                  if (reader.find(fullName).isEmpty()) {
                    return Optional.empty();
                  }
                  var history = reader.read(fullName);
                  List<String> topics;
                  try {
                    topics =
                        RepoMetadataLookup.find(store.connection(), history.repo())
                            .map(RepoMetadata::topics)
                            .orElse(null);
                  } catch (SQLException e) {
                    throw new StoreException(
                        "cannot read the metadata of " + history.repo() + ": " + e.getMessage(), e);
                  }
                  int repoKey = reader.find(fullName).orElseThrow();
                  List<MomentumDay> momentum =
                      SignalEngine.forStore(store)
                          .history(repoKey, history.firstDay(), history.lastDay(), populations);
                  return Optional.of(
                      Views.Repo.of(
                          history,
                          fullName,
                          topics,
                          momentum,
                          SuspiciousRepoDays.forNames(store, history.aliases())));
                }));
  }

  /**
   * Repositories whose current or any earlier name contains {@code query} (lower case): exact names
   * first, then names starting with it (owner/name, then name alone), then the rest; the most
   * recently seen first among equals.
   */
  List<Views.SearchHit> search(String query) {
    String sql =
        "SELECT r.full_name, a.full_name, r.first_day, r.last_day FROM ("
            + " SELECT * FROM ("
            + "  SELECT repo_key, full_name, full_name_lower, last_day,"
            + "   CASE WHEN full_name_lower = ? THEN 0"
            + "    WHEN starts_with(full_name_lower, ?) THEN 1"
            + "    WHEN starts_with(split_part(full_name_lower, '/', 2), ?) THEN 2 ELSE 3 END AS rank"
            + "  FROM snap_alias WHERE contains(full_name_lower, ?))"
            + " QUALIFY row_number() OVER (PARTITION BY repo_key"
            + "   ORDER BY rank, last_day DESC, full_name_lower) = 1"
            + ") a JOIN snap_repo r USING (repo_key)"
            + " ORDER BY a.rank, r.last_day DESC, lower(r.full_name) LIMIT ?";
    return readers.read(
        store -> {
          List<Views.SearchHit> hits = new ArrayList<>();
          try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, query);
            statement.setString(2, query);
            statement.setString(3, query);
            statement.setString(4, query);
            statement.setInt(5, SEARCH_LIMIT);
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                hits.add(
                    new Views.SearchHit(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getObject(3, LocalDate.class),
                        rows.getObject(4, LocalDate.class)));
              }
            }
          } catch (SQLException e) {
            throw new StoreException("cannot search repository names: " + e.getMessage(), e);
          }
          return hits;
        });
  }

  private record WindowKey(
      LocalDate day,
      GainWindow window,
      RankBy rankBy,
      String language,
      Momentum momentum,
      int size) {}
}
