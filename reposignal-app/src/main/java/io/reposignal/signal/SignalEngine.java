package io.reposignal.signal;

import static java.util.Objects.requireNonNull;

import io.reposignal.signal.momentum.Classification;
import io.reposignal.signal.momentum.FeatureCalculator;
import io.reposignal.signal.momentum.Features;
import io.reposignal.signal.momentum.Momentum;
import io.reposignal.signal.momentum.MomentumRules;
import io.reposignal.signal.momentum.Population;
import io.reposignal.signal.score.SignalScore;
import io.reposignal.signal.score.SuspiciousStars;
import io.reposignal.signal.series.DailySeries;
import io.reposignal.signal.series.DailySeriesSource;
import io.reposignal.signal.series.RepoFacts;
import io.reposignal.signal.series.SeriesSet;
import io.reposignal.signal.series.SeriesSources;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Computes the signals of every repository on a day, or one repository's momentum day by day, from
 * a {@link DailySeriesSource}. Every figure on day D reads only days up to D (the source is asked
 * for nothing later), so a backtest at D sees what a user at D saw.
 */
public final class SignalEngine {
  /**
   * Days read before the as-of day: the 28-day windows of the features, and 30 days plus a week for
   * the raw 30-day gain, whose starting level may have to be bridged across a gap.
   */
  public static final int LOOKBACK_DAYS = 30 + 7;

  private final DailySeriesSource source;
  private final SuspiciousStars suspicious;

  /**
   * A repository whose raw gain over the last 7 days is at least this share suspicious gets the
   * reason {@code mostly suspicious stars} and cannot be a breakout.
   */
  public static final double MOSTLY_SUSPICIOUS_SHARE = 0.5;

  /**
   * The engine over everything the store holds: the series of {@link SeriesSources#forStore}
   * (snapshots, GH Archive events scaled by the capture rate, or both reconciled) less the
   * suspicious stars found in GH Archive events ({@code suspicious_repo_day}, as last derived;
   * matched to snapshot repositories by name, and to repositories seen only in GH Archive by their
   * events-only key).
   */
  public static SignalEngine forStore(io.reposignal.store.Store store) {
    return new SignalEngine(
        SeriesSources.forStore(store),
        io.reposignal.suspicious.StoredSuspiciousStars.forSnapshots(store));
  }

  public SignalEngine(DailySeriesSource source, SuspiciousStars suspicious) {
    this.source = requireNonNull(source, "source is null");
    this.suspicious = requireNonNull(suspicious, "suspicious is null");
  }

  /** The signals of every repository the source observed on {@code day}, in no set order. */
  public List<RepoSignal> observedOn(LocalDate day) {
    return observedOn(source.load(day.minusDays(LOOKBACK_DAYS), day), day, source.factsOn(day));
  }

  /**
   * The signals of each of {@code days}, oldest first, handed to {@code each} one day at a time (so
   * only one day's signals need be held): for every day exactly what {@link #observedOn(LocalDate)}
   * gives, with the series and the facts read once for all of them where the source allows ({@link
   * DailySeriesSource#windows}, {@link DailySeriesSource#factsOn(Collection)}). A forecast reads a
   * dozen or more days; reading each on its own read most of the same rows again and again.
   */
  public void observedOnEach(
      Collection<LocalDate> days, BiConsumer<LocalDate, List<RepoSignal>> each) {
    NavigableSet<LocalDate> sorted = new TreeSet<>(days);
    if (sorted.isEmpty()) {
      return;
    }
    DailySeriesSource.Windows windows =
        source.windows(sorted.first().minusDays(LOOKBACK_DAYS), sorted.last());
    Map<LocalDate, Map<Integer, RepoFacts>> facts = source.factsOn(sorted);
    for (LocalDate day : sorted) {
      SeriesSet set = windows.load(day.minusDays(LOOKBACK_DAYS), day);
      each.accept(day, observedOn(set, day, facts.remove(day)));
    }
  }

  private List<RepoSignal> observedOn(SeriesSet set, LocalDate day, Map<Integer, RepoFacts> facts) {
    int t = set.indexOf(day);
    List<Evaluated> evaluated = evaluate(set.series(), t);
    List<RepoSignal> signals = new ArrayList<>(evaluated.size());
    for (Evaluated one : evaluated) {
      RepoFacts fact = facts.get(one.raw().key());
      if (fact != null) {
        signals.add(SignalFigures.of(fact, one, t));
      }
    }
    return signals;
  }

  /**
   * The momentum and score of repository {@code key} on every day in {@code from..to} the source
   * observed it, oldest first; each day is judged as {@link #observedOn} would judge it.
   */
  public List<MomentumDay> history(int key, LocalDate from, LocalDate to) {
    return history(key, from, to, new DayPopulations());
  }

  /**
   * {@link #history(int, LocalDate, LocalDate)}, reading the populations of days already in {@code
   * populations} and adding the others: histories of many repositories (the web server's repository
   * pages) work each day's population out once. The populations must come from this engine's data
   * as it is now.
   */
  public List<MomentumDay> history(
      int key, LocalDate from, LocalDate to, DayPopulations populations) {
    SeriesSet set = source.load(from.minusDays(LOOKBACK_DAYS), to);
    DailySeries target =
        set.series().stream().filter(series -> series.key() == key).findFirst().orElse(null);
    List<MomentumDay> days = new ArrayList<>();
    if (target == null) {
      return days;
    }
    List<DailySeries> trusted = set.series().stream().map(suspicious::trusted).toList();
    DailySeries trustedTarget = suspicious.trusted(target);
    List<Integer> observed = new ArrayList<>();
    for (int t = set.indexOf(from); t <= set.indexOf(to); t++) {
      if (target.observed(t)) {
        observed.add(t);
      }
    }
    // Everyone's population figures, the target's included: they equal those of its full features
    // (FeatureCalculator.forPopulation), so a day's population is the same whoever is judged
    // against it. Days are independent: the ones not known yet are worked out on all cores.
    observed.parallelStream()
        .forEach(t -> populations.on(target.day(t), () -> populationOn(set.series(), trusted, t)));
    for (int t : observed) {
      Population day = populations.on(target.day(t), () -> populationOn(set.series(), trusted, t));
      Features mine = FeatureCalculator.of(trustedTarget, t);
      Classification classification =
          marked(MomentumRules.classify(mine, day), target, trustedTarget, t);
      SignalScore.Parts parts = SignalScore.of(mine, day);
      days.add(
          new MomentumDay(
              target.day(t),
              classification.momentum(),
              parts == null ? null : parts.score(),
              // Worked out now: lazy reasons would keep the whole day's population alive, and a
              // history holds hundreds of days (the web server caches histories).
              List.copyOf(classification.reasons())));
    }
    return days;
  }

  /** The population of day {@code t}: the figures of every repository observed that day. */
  private static Population populationOn(List<DailySeries> raw, List<DailySeries> trusted, int t) {
    List<Features> population = new ArrayList<>();
    for (int s = 0; s < trusted.size(); s++) {
      if (raw.get(s).observed(t)) {
        population.add(FeatureCalculator.forPopulation(trusted.get(s), t));
      }
    }
    return new Population(population);
  }

  private List<Evaluated> evaluate(List<DailySeries> all, int t) {
    List<Evaluated> observed = new ArrayList<>();
    List<Features> features = new ArrayList<>();
    for (DailySeries raw : all) {
      if (raw.observed(t)) {
        DailySeries trusted = suspicious.trusted(raw);
        Features f = FeatureCalculator.of(trusted, t);
        observed.add(new Evaluated(raw, trusted, f, null, null));
        features.add(f);
      }
    }
    Population population = new Population(features);
    List<Evaluated> result = new ArrayList<>(observed.size());
    for (Evaluated one : observed) {
      result.add(
          new Evaluated(
              one.raw(),
              one.trusted(),
              one.features(),
              marked(
                  MomentumRules.classify(one.features(), population), one.raw(), one.trusted(), t),
              SignalScore.of(one.features(), population)));
    }
    return result;
  }

  /**
   * Adds the reason {@code mostly suspicious stars} when at least {@link #MOSTLY_SUSPICIOUS_SHARE}
   * of the raw gain over days t-6..t was suspicious; such a repository is never a breakout (its
   * class becomes null), whatever its trusted figures say.
   */
  static Classification marked(
      Classification classification, DailySeries raw, DailySeries trusted, int t) {
    long rawGain = 0;
    long removed = 0;
    for (int i = Math.max(0, t - 6); i <= t; i++) {
      Integer before = raw.gained(i);
      Integer after = trusted.gained(i);
      if (before != null && after != null) {
        rawGain += Math.max(0, before);
        removed += before - after;
      }
    }
    if (removed == 0 || removed < MOSTLY_SUSPICIOUS_SHARE * rawGain) {
      return classification;
    }
    List<String> reasons = new ArrayList<>(classification.reasons());
    reasons.add(
        String.format(
            java.util.Locale.ROOT,
            "mostly suspicious stars: %d of %d stars over 7 days (share %.2f >= %.2f)",
            removed,
            rawGain,
            (double) removed / rawGain,
            MOSTLY_SUSPICIOUS_SHARE));
    Momentum momentum =
        classification.momentum() == Momentum.BREAKOUT ? null : classification.momentum();
    return new Classification(momentum, reasons);
  }

  /** One repository judged on one day. */
  record Evaluated(
      DailySeries raw,
      DailySeries trusted,
      Features features,
      Classification classification,
      SignalScore.Parts score) {}
}
