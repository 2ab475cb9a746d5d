package io.reposignal.report;

import static java.util.Objects.requireNonNull;

import io.reposignal.history.RepoHistory;
import io.reposignal.history.RepoHistoryReader;
import io.reposignal.signal.LanguageMap;
import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalDays;
import io.reposignal.signal.SignalWindow;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.signal.momentum.Momentum;
import io.reposignal.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Computes an {@link Article} from the store: the signals of the day and of the days it is compared
 * with (from the snapshots, or in a store of GH Archive alone from the events), plus the {@link
 * ReportSources}.
 */
public final class ArticleBuilder {
  static final int LEADERS = 10;
  static final int CURVES = 3;
  static final int CURVE_DAYS = 30;

  /** Clusters the article names: the strongest (largest combined 7-day gain) first. */
  static final int CLUSTERS_SHOWN = 5;

  /**
   * A comparison day that falls on a day without a snapshot moves back to the nearest observed day
   * at most this many days earlier.
   */
  static final int COMPARISON_SLACK_DAYS = 3;

  private final Store store;
  private final ReportSources sources;
  private final SignalDays signals;

  public ArticleBuilder(Store store, ReportSources sources) {
    this(store, sources, SignalDays.forStore(store));
  }

  /**
   * Reads the engine's figures through {@code signals} (which must read {@code store}); sources
   * reading the same {@code signals} compute no day twice.
   */
  public ArticleBuilder(Store store, ReportSources sources, SignalDays signals) {
    this.store = requireNonNull(store, "store is null");
    this.sources = requireNonNull(sources, "sources is null");
    this.signals = requireNonNull(signals, "signals is null");
  }

  /**
   * The article of this build: the {@link EngineSources}, which read the same days of the engine as
   * the article (its day, the comparison days), so each day is computed once.
   */
  public static ArticleBuilder forStore(Store store) {
    SignalDays signals = SignalDays.forStore(store);
    return new ArticleBuilder(store, EngineSources.of(store, signals), signals);
  }

  /**
   * The article of {@code asOf} (null: the latest day).
   *
   * @throws io.reposignal.error.RepoSignalException NOT_FOUND when the day has no snapshot (in a
   *     store of GH Archive alone: no events)
   */
  public Article build(LocalDate asOf) {
    // The snapshot days, or in a store of GH Archive alone the days it has events for.
    SnapshotCalendar calendar = SnapshotCalendar.forWindows(store);
    LocalDate day = calendar.requireObserved(asOf);
    LocalDate day30 = comparisonDay(calendar, day.minusDays(30));
    LocalDate day90 = comparisonDay(calendar, day.minusDays(90));
    List<LocalDate> days = new ArrayList<>(List.of(day));
    Stream.of(day30, day90).filter(Objects::nonNull).forEach(days::add);
    Map<LocalDate, List<RepoSignal>> read = signals.on(days);
    List<RepoSignal> now = read.get(day);
    List<RepoSignal> window = SignalWindow.top(now, SignalWindow.DEFAULT_SIZE, null);
    List<RepoSignal> then30 = day30 == null ? List.of() : read.get(day30);
    List<RepoSignal> then90 = day90 == null ? List.of() : read.get(day90);
    LanguageSection languages = languages(window, day30, then30, day90, then90);
    Map<String, ReportSources.Momentum> momentum =
        sources.momentum().classify(day, now).orElse(null);
    return new Article(
        day,
        HeadlineRule.pick(day, window, languages, calendar.first()),
        languages,
        sources
            .clusters()
            .clusters(day, now)
            .map(
                c ->
                    new ClusterSection(
                        c.subList(0, Math.min(CLUSTERS_SHOWN, c.size())), c.size(), null))
            .orElseGet(ClusterSection::notAvailable),
        velocity(day, now, window, momentum),
        retention(day, now, momentum),
        ContrarianRule.test(languages, now, then30, calendar.first()),
        sources.calls().calls(day, now).orElseGet(CallSection::notAvailable),
        new DataNotesReader(store)
            .read(day, calendar, now.size(), languages, removedAsSuspicious(window)));
  }

  /**
   * Stars removed as suspicious from the window's 7-day gains: the sum of raw minus trusted over
   * the window (0 while the engine flags no star as suspicious).
   */
  static long removedAsSuspicious(List<RepoSignal> window) {
    return window.stream().mapToLong(RepoSignal::suspiciousStars7d).sum();
  }

  /**
   * The observed day nearest to {@code target} at or before it, within {@link
   * #COMPARISON_SLACK_DAYS}; null when there is none or when its own 7-day gains would start before
   * the first snapshot (its window would be distorted).
   */
  static LocalDate comparisonDay(SnapshotCalendar calendar, LocalDate target) {
    if (calendar.isEmpty()) {
      return null;
    }
    for (int back = 0; back <= COMPARISON_SLACK_DAYS; back++) {
      LocalDate candidate = target.minusDays(back);
      if (calendar.isObserved(candidate)) {
        return candidate.minusDays(7).isBefore(calendar.first()) ? null : candidate;
      }
    }
    return null;
  }

  private static LanguageSection languages(
      List<RepoSignal> window,
      LocalDate day30,
      List<RepoSignal> then30,
      LocalDate day90,
      List<RepoSignal> then90) {
    Map<String, Integer> slots30 = slots(then30);
    Map<String, Integer> slots90 = slots(then90);
    List<LanguageSection.Row> rows = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (LanguageMap.Slot slot : LanguageMap.of(window)) {
      String key = key(slot.language());
      seen.add(key);
      rows.add(
          new LanguageSection.Row(
              slot.language(),
              slot.repos(),
              slot.share(),
              day30 == null ? null : slots30.getOrDefault(key, 0),
              day90 == null ? null : slots90.getOrDefault(key, 0)));
    }
    // Languages that held slots earlier but hold none now: the losses a reader looks for.
    List<LanguageSection.Row> gone = new ArrayList<>();
    Set<String> earlier = new LinkedHashSet<>(slots30.keySet());
    earlier.addAll(slots90.keySet());
    for (String key : earlier) {
      if (!seen.contains(key)) {
        gone.add(
            new LanguageSection.Row(
                key.isEmpty() ? null : key,
                0,
                0,
                day30 == null ? null : slots30.getOrDefault(key, 0),
                day90 == null ? null : slots90.getOrDefault(key, 0)));
      }
    }
    gone.sort(
        Comparator.comparingInt((LanguageSection.Row r) -> r.repos30() == null ? 0 : r.repos30())
            .reversed()
            .thenComparing(r -> r.label().toLowerCase(Locale.ROOT)));
    rows.addAll(gone);
    return new LanguageSection(SignalWindow.DEFAULT_SIZE, window.size(), day30, day90, rows);
  }

  private static Map<String, Integer> slots(List<RepoSignal> day) {
    Map<String, Integer> slots = new HashMap<>();
    if (day.isEmpty()) {
      return slots;
    }
    for (LanguageMap.Slot slot :
        LanguageMap.of(SignalWindow.top(day, SignalWindow.DEFAULT_SIZE, null))) {
      slots.put(key(slot.language()), slot.repos());
    }
    return slots;
  }

  private static String key(String language) {
    return language == null ? "" : language;
  }

  private VelocitySection velocity(
      LocalDate day,
      List<RepoSignal> now,
      List<RepoSignal> window,
      Map<String, ReportSources.Momentum> momentum) {
    Map<String, ReportSources.TrustedGain> trusted =
        sources.trusted().trusted(day, now).orElse(null);
    ToIntFunction<RepoSignal> trusted1d =
        s ->
            trusted != null && trusted.containsKey(s.repo())
                ? trusted.get(s.repo()).stars1d()
                : s.stars1d();
    ToIntFunction<RepoSignal> trusted7d =
        s ->
            trusted != null && trusted.containsKey(s.repo())
                ? trusted.get(s.repo()).stars7d()
                : s.stars7d();
    List<VelocitySection.Leader> dayLeaders =
        leaders(
            now.stream().filter(s -> s.stars1d() != null).toList(),
            trusted1d,
            RepoSignal::stars1d,
            "stars_1d",
            momentum);
    List<VelocitySection.Leader> weekLeaders =
        leaders(window, trusted7d, RepoSignal::stars7d, "stars_7d", momentum);
    String trustedNote =
        trusted == null
            ? "Trusted equals raw in this build: suspicious-star detection has not landed yet, so"
                + " no stars are removed."
            : "Trusted figures leave out stars flagged as suspicious.";
    String momentumNote =
        momentum == null
            ? "Momentum classes: not computed yet in this build."
            : "Momentum is the class of the signal engine (docs/signals.md); n/a where the"
                + " history up to the day is too short to classify.";
    return new VelocitySection(dayLeaders, weekLeaders, trustedNote, momentumNote);
  }

  private static List<VelocitySection.Leader> leaders(
      List<RepoSignal> candidates,
      ToIntFunction<RepoSignal> trusted,
      java.util.function.Function<RepoSignal, Integer> raw,
      String partialField,
      Map<String, ReportSources.Momentum> momentum) {
    return candidates.stream()
        .sorted(
            Comparator.comparingInt(trusted)
                .reversed()
                .thenComparing(s -> raw.apply(s), Comparator.reverseOrder())
                .thenComparing(s -> s.repo().toLowerCase(Locale.ROOT)))
        .limit(LEADERS)
        .map(
            s -> {
              ReportSources.Momentum m = momentum == null ? null : momentum.get(s.repo());
              return new VelocitySection.Leader(
                  ref(s),
                  raw.apply(s),
                  trusted.applyAsInt(s),
                  s.partial().contains(partialField),
                  m == null ? null : m.name(),
                  m == null ? null : m.reason());
            })
        .toList();
  }

  /**
   * Examples of organic retention ({@code sustained}) and of {@code spike-and-fade}: of every
   * repository observed on the day with that class, the {@value #CURVES} the signal window would
   * rank first (highest score, then 7-day velocity, then name). Without momentum classes, the
   * window's leaders are shown unclassified.
   */
  private RetentionSection retention(
      LocalDate day, List<RepoSignal> now, Map<String, ReportSources.Momentum> momentum) {
    RepoHistoryReader histories = new RepoHistoryReader(store);
    if (momentum == null) {
      List<RetentionSection.Curve> unclassified = new ArrayList<>();
      for (RepoSignal signal : SignalWindow.top(now, CURVES, null)) {
        unclassified.add(curve(histories, signal, day, null));
      }
      return new RetentionSection(
          List.of(),
          List.of(),
          unclassified,
          "Organic retention vs spike-and-fade: not available yet in this build; telling them"
              + " apart needs the momentum classes of the signal engine. For reference, the"
              + " daily gains of the window's top "
              + unclassified.size()
              + " over the last "
              + CURVE_DAYS
              + " days, unclassified:");
    }
    return new RetentionSection(
        examples(histories, day, now, momentum, ORGANIC),
        examples(histories, day, now, momentum, SPIKE_AND_FADE),
        List.of(),
        null);
  }

  static final String ORGANIC = Momentum.SUSTAINED.label();
  static final String SPIKE_AND_FADE = Momentum.SPIKE_AND_FADE.label();

  private static List<RetentionSection.Curve> examples(
      RepoHistoryReader histories,
      LocalDate day,
      List<RepoSignal> now,
      Map<String, ReportSources.Momentum> momentum,
      String momentumClass) {
    List<RepoSignal> ofClass =
        now.stream()
            .filter(
                s ->
                    momentum.containsKey(s.repo())
                        && momentum.get(s.repo()).name().equals(momentumClass))
            .toList();
    List<RetentionSection.Curve> curves = new ArrayList<>();
    for (RepoSignal signal : SignalWindow.top(ofClass, CURVES, null)) {
      curves.add(curve(histories, signal, day, momentumClass));
    }
    return curves;
  }

  private static RetentionSection.Curve curve(
      RepoHistoryReader histories, RepoSignal signal, LocalDate day, String momentum) {
    LocalDate from = day.minusDays(CURVE_DAYS - 1);
    Map<LocalDate, Integer> gained = new HashMap<>();
    RepoHistory history = histories.read(signal.repo());
    for (RepoHistory.Day d : history.series()) {
      if (!d.day().isBefore(from) && !d.day().isAfter(day) && d.starsGained() != null) {
        gained.put(d.day(), d.starsGained());
      }
    }
    List<Integer> gains = new ArrayList<>();
    for (int i = 0; i < CURVE_DAYS; i++) {
      gains.add(gained.get(from.plusDays(i)));
    }
    return new RetentionSection.Curve(ref(signal), momentum, from, gains);
  }

  static RepoRef ref(RepoSignal signal) {
    return new RepoRef(signal.repo(), signal.language(), signal.description(), signal.stars());
  }
}
