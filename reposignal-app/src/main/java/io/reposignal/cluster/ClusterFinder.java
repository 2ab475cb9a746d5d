package io.reposignal.cluster;

import static java.util.Objects.requireNonNull;

import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalDays;
import io.reposignal.signal.SignalWindow;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The clusters of a day from the store, with their history.
 *
 * <p>Which repositories are clustered: the population rule of {@link ClusterSettings} (by default
 * the top {@value ClusterSettings#DEFAULT_POPULATION} repositories of the day's signal window (by
 * score), the ones with meaningful recent activity). Term weights are learnt from every repository
 * observed that day either way.
 *
 * <p>History: a cluster's size {@code k} days earlier is how many of today's members the same
 * population rule selected on day D-k (or, when D-k has no snapshot, the latest snapshot day before
 * it); its velocity then is the members' combined 7-day gain on that day. Both are null when the
 * 7-day window ending D-k starts before the first snapshot, since the rule needs full 7-day gains.
 * So "size 2, 90 days ago; size 15 now" reads: 2 of today's 15 members were among the most active
 * repositories 90 days ago.
 */
public final class ClusterFinder {
  /** The least number of members, and of distinct owners, of a cluster. */
  public static final int MIN_OWNERS = 3;

  static final List<Integer> LOOKBACKS = List.of(30, 60, 90);

  private final Store store;
  private final StargazerSource stargazers;
  private final ClusterSettings settings;
  private final Supplier<SignalDays> signals;

  /** A finder that computes the engine's figures afresh for every {@link #find}. */
  public ClusterFinder(Store store, StargazerSource stargazers, ClusterSettings settings) {
    this(store, stargazers, settings, () -> SignalDays.forStore(store));
  }

  /**
   * A finder reading the engine's figures through {@code signals} (which must read {@code store}),
   * for a reading that shares days with other parts (the article and its clusters).
   */
  public ClusterFinder(
      Store store, StargazerSource stargazers, ClusterSettings settings, SignalDays signals) {
    this(store, stargazers, settings, () -> signals);
    requireNonNull(signals, "signals is null");
  }

  private ClusterFinder(
      Store store,
      StargazerSource stargazers,
      ClusterSettings settings,
      Supplier<SignalDays> signals) {
    this.store = requireNonNull(store, "store is null");
    this.stargazers = requireNonNull(stargazers, "stargazers is null");
    this.settings = requireNonNull(settings, "settings is null");
    this.signals = signals;
  }

  /**
   * The clusters of {@code day} (a day with a snapshot), by combined 7-day gain (largest first),
   * then by label.
   */
  public List<RepoCluster> find(LocalDate day) {
    SnapshotCalendar calendar = SnapshotCalendar.load(store);
    day = calendar.requireObserved(day);
    Map<Integer, LocalDate> lookbackDays = new TreeMap<>();
    for (int lookback : LOOKBACKS) {
      LocalDate then = snapshotDayOnOrBefore(calendar, day.minusDays(lookback));
      if (then != null) {
        lookbackDays.put(lookback, then);
      }
    }
    List<LocalDate> days = new ArrayList<>(lookbackDays.values());
    days.add(day);
    Map<LocalDate, List<RepoSignal>> read = signals.get().on(days);
    List<RepoSignal> today = read.get(day);
    Map<String, RepoSignal> byName = new HashMap<>();
    for (RepoSignal signal : today) {
      byName.put(key(signal.repo()), signal);
    }
    Map<String, List<String>> topics = StoredTopics.load(store, byName.keySet());
    List<RepoDocument> documents = new ArrayList<>(today.size());
    for (RepoSignal signal : today) {
      documents.add(
          new RepoDocument(
              signal.repo(),
              signal.description(),
              topics.getOrDefault(key(signal.repo()), List.of())));
    }
    Set<String> clustered = population(today);
    Map<String, Set<Long>> audience =
        stargazers.stargazers(
            day.minusDays(settings.audienceDays() - 1L), day, new TreeSet<>(clustered));
    List<ClusterEngine.Group> groups = ClusterEngine.find(documents, clustered, audience, settings);

    Map<Integer, Map<String, RepoSignal>> past = new TreeMap<>();
    Map<Integer, Set<String>> pastPopulation = new TreeMap<>();
    lookbackDays.forEach(
        (lookback, then) -> {
          List<RepoSignal> signalsThen = read.get(then);
          past.put(
              lookback, signalsThen.stream().collect(Collectors.toMap(s -> key(s.repo()), s -> s)));
          pastPopulation.put(lookback, population(signalsThen));
        });
    List<RepoCluster> clusters = new ArrayList<>();
    for (ClusterEngine.Group group : groups) {
      clusters.add(describe(group, byName, past, pastPopulation));
    }
    clusters.sort(
        Comparator.comparingLong(RepoCluster::stars7d)
            .reversed()
            .thenComparing(RepoCluster::label)
            .thenComparing(c -> c.repos().get(0)));
    return clusters;
  }

  private RepoCluster describe(
      ClusterEngine.Group group,
      Map<String, RepoSignal> today,
      Map<Integer, Map<String, RepoSignal>> past,
      Map<Integer, Set<String>> pastPopulation) {
    List<RepoSignal> members = new ArrayList<>();
    for (String repo : group.repos()) {
      members.add(today.get(key(repo)));
    }
    members.sort(
        Comparator.comparing(
                (RepoSignal s) ->
                    s.trustedStars7d() == null ? Integer.MIN_VALUE : s.trustedStars7d())
            .reversed()
            .thenComparing(s -> key(s.repo())));
    List<String> repos = members.stream().map(RepoSignal::repo).toList();
    List<String> owners =
        repos.stream()
            .map(r -> r.substring(0, r.indexOf('/')))
            .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)))
            .stream()
            .toList();
    Map<Integer, Integer> sizes = new HashMap<>();
    Map<Integer, Long> velocities = new HashMap<>();
    for (int lookback : LOOKBACKS) {
      if (!past.containsKey(lookback)) {
        continue;
      }
      Map<String, RepoSignal> then = past.get(lookback);
      int size = 0;
      long stars = 0;
      for (String repo : repos) {
        if (pastPopulation.get(lookback).contains(key(repo))) {
          size++;
        }
        RepoSignal signal = then.get(key(repo));
        if (signal != null && signal.trustedStars7d() != null) {
          stars += signal.trustedStars7d();
        }
      }
      sizes.put(lookback, size);
      velocities.put(lookback, stars);
    }
    long stars7d =
        members.stream()
            .map(RepoSignal::trustedStars7d)
            .filter(Objects::nonNull)
            .mapToLong(i -> i)
            .sum();
    return new RepoCluster(
        group.label(),
        group.terms(),
        repos,
        owners,
        languages(members),
        repos.size(),
        sizes.get(30),
        sizes.get(60),
        sizes.get(90),
        stars7d,
        velocities.get(30),
        velocities.get(60),
        velocities.get(90),
        EmergingRule.isEmerging(repos.size(), sizes.get(30), sizes.get(60), sizes.get(90)));
  }

  private static List<String> languages(List<RepoSignal> members) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RepoSignal member : members) {
      if (member.language() != null) {
        counts.merge(member.language(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The lower-cased names the population rule selects from a day's signals. */
  private Set<String> population(List<RepoSignal> signals) {
    List<RepoSignal> chosen =
        settings.population() == null
            ? signals
            : SignalWindow.top(signals, settings.population(), null);
    Set<String> names = new TreeSet<>();
    for (RepoSignal signal : chosen) {
      names.add(key(signal.repo()));
    }
    return names;
  }

  /**
   * The latest snapshot day on or before {@code day} whose 7-day window lies inside the data, or
   * null.
   */
  static LocalDate snapshotDayOnOrBefore(SnapshotCalendar calendar, LocalDate day) {
    LocalDate first = calendar.first();
    if (first == null) {
      return null;
    }
    for (LocalDate d = day; !d.minusDays(6).isBefore(first); d = d.minusDays(1)) {
      if (calendar.isObserved(d)) {
        return d;
      }
    }
    return null;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
