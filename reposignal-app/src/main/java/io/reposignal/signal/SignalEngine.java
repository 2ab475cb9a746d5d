package io.reposignal.signal;

import static java.util.Objects.requireNonNull;

import io.reposignal.signal.momentum.Classification;
import io.reposignal.signal.momentum.FeatureCalculator;
import io.reposignal.signal.momentum.Features;
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
import java.util.List;
import java.util.Map;

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
   * The engine over everything the store holds: the series of {@link SeriesSources#forStore}, and
   * the suspicious-stars detector once it lands (until then nothing is suspicious and trusted
   * figures equal raw ones).
   */
  public static SignalEngine forStore(io.reposignal.store.Store store) {
    return new SignalEngine(SeriesSources.forStore(store), SuspiciousStars.NONE);
  }

  public SignalEngine(DailySeriesSource source, SuspiciousStars suspicious) {
    this.source = requireNonNull(source, "source is null");
    this.suspicious = requireNonNull(suspicious, "suspicious is null");
  }

  /** The signals of every repository the source observed on {@code day}, in no set order. */
  public List<RepoSignal> observedOn(LocalDate day) {
    SeriesSet set = source.load(day.minusDays(LOOKBACK_DAYS), day);
    int t = set.indexOf(day);
    List<Evaluated> evaluated = evaluate(set.series(), t);
    Map<Integer, RepoFacts> facts = source.factsOn(day);
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
    SeriesSet set = source.load(from.minusDays(LOOKBACK_DAYS), to);
    DailySeries target = null;
    for (DailySeries series : set.series()) {
      if (series.key() == key) {
        target = series;
      }
    }
    List<MomentumDay> days = new ArrayList<>();
    if (target == null) {
      return days;
    }
    List<DailySeries> trusted = set.series().stream().map(suspicious::trusted).toList();
    for (int t = set.indexOf(from); t <= set.indexOf(to); t++) {
      if (!target.observed(t)) {
        continue;
      }
      List<Features> population = new ArrayList<>();
      Features mine = null;
      for (int s = 0; s < trusted.size(); s++) {
        if (set.series().get(s).observed(t)) {
          if (set.series().get(s).key() == key) {
            mine = FeatureCalculator.of(trusted.get(s), t);
            population.add(mine);
          } else {
            population.add(FeatureCalculator.forPopulation(trusted.get(s), t));
          }
        }
      }
      Population day = new Population(population);
      Classification classification = MomentumRules.classify(mine, day);
      SignalScore.Parts parts = SignalScore.of(mine, day);
      days.add(
          new MomentumDay(
              target.day(t),
              classification.momentum(),
              parts == null ? null : parts.score(),
              classification.reasons()));
    }
    return days;
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
              MomentumRules.classify(one.features(), population),
              SignalScore.of(one.features(), population)));
    }
    return result;
  }

  /** One repository judged on one day. */
  record Evaluated(
      DailySeries raw,
      DailySeries trusted,
      Features features,
      Classification classification,
      SignalScore.Parts score) {}
}
