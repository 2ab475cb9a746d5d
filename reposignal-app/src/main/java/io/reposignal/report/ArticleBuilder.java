package io.reposignal.report;

import static java.util.Objects.requireNonNull;

import io.reposignal.history.RepoHistory;
import io.reposignal.history.RepoHistoryReader;
import io.reposignal.signal.LanguageMap;
import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalEngine;
import io.reposignal.signal.SignalWindow;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Computes an {@link Article} from the store: the snapshot signals of the day and of the days it is
 * compared with, plus whatever {@link ReportSources} this build has.
 */
public final class ArticleBuilder {
  static final int LEADERS = 10;
  static final int CURVES = 3;
  static final int CURVE_DAYS = 30;

  /**
   * A comparison day that falls on a day without a snapshot moves back to the nearest observed day
   * at most this many days earlier.
   */
  static final int COMPARISON_SLACK_DAYS = 3;

  private final Store store;
  private final ReportSources sources;
  private final SignalEngine signals;

  public ArticleBuilder(Store store, ReportSources sources) {
    this.store = requireNonNull(store, "store is null");
    this.sources = requireNonNull(sources, "sources is null");
    this.signals = SignalEngine.forStore(store);
  }

  /**
   * The article of {@code asOf} (null: the latest day).
   *
   * @throws io.reposignal.error.RepoSignalException NOT_FOUND when the day has no snapshot
   */
  public Article build(LocalDate asOf) {
    SnapshotCalendar calendar = SnapshotCalendar.load(store);
    LocalDate day = calendar.requireObserved(asOf);
    List<RepoSignal> now = signals.observedOn(day);
    List<RepoSignal> window = SignalWindow.top(now, SignalWindow.DEFAULT_SIZE, null);
    LocalDate day30 = comparisonDay(calendar, day.minusDays(30));
    LocalDate day90 = comparisonDay(calendar, day.minusDays(90));
    List<RepoSignal> then30 = day30 == null ? List.of() : signals.observedOn(day30);
    List<RepoSignal> then90 = day90 == null ? List.of() : signals.observedOn(day90);
    LanguageSection languages = languages(window, day30, then30, day90, then90);
    Map<String, ReportSources.Momentum> momentum =
        sources.momentum().classify(day, now).orElse(null);
    return new Article(
        day,
        HeadlineRule.pick(day, window, languages, calendar.first()),
        languages,
        sources
            .clusters()
            .clusters(day)
            .map(c -> new ClusterSection(c, null))
            .orElseGet(ClusterSection::notAvailable),
        velocity(day, now, window, momentum),
        retention(day, window, momentum),
        ContrarianRule.test(languages, now, then30, calendar.first()),
        sources.calls().calls(day).orElseGet(CallSection::notAvailable),
        new DataNotesReader(store).read(day, calendar, now.size(), languages));
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
        momentum == null ? "Momentum classes: not computed yet in this build." : null;
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

  private RetentionSection retention(
      LocalDate day, List<RepoSignal> window, Map<String, ReportSources.Momentum> momentum) {
    RepoHistoryReader histories = new RepoHistoryReader(store);
    List<RetentionSection.Curve> organic = new ArrayList<>();
    List<RetentionSection.Curve> spikes = new ArrayList<>();
    List<RetentionSection.Curve> unclassified = new ArrayList<>();
    for (RepoSignal signal : window) {
      ReportSources.Momentum m = momentum == null ? null : momentum.get(signal.repo());
      String name = m == null ? null : m.name();
      if (name != null && organic.size() < CURVES && isOrganic(name)) {
        organic.add(curve(histories, signal, day, name));
      } else if ("spike-and-fade".equals(name) && spikes.size() < CURVES) {
        spikes.add(curve(histories, signal, day, name));
      } else if (momentum == null && unclassified.size() < CURVES) {
        unclassified.add(curve(histories, signal, day, null));
      }
    }
    String unavailable =
        momentum == null
            ? "Organic retention vs spike-and-fade: not available yet in this build; telling them"
                + " apart needs the momentum classes of the signal engine. For reference, the"
                + " daily gains of the window's top "
                + unclassified.size()
                + " over the last "
                + CURVE_DAYS
                + " days, unclassified:"
            : null;
    return new RetentionSection(organic, spikes, unclassified, unavailable);
  }

  private static boolean isOrganic(String momentumClass) {
    return momentumClass.equals("sustained") || momentumClass.equals("slow-burn");
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
