package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.RepoSignalException;
import io.reposignal.signal.SignalDays;
import io.reposignal.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walk-forward training and prediction: the rankers of as-of day D learn only from examples whose
 * outcome was known on D, i.e. training days d with {@code d + H <= D}. Training days are D - H, D
 * - H - 7, D - H - 14, ... back to the first day with {@link #WARM_UP_DAYS} of history (the
 * engine's 28-day figures need it); one example per repository observed on a training day, positive
 * when it became one of the top K gainers of its horizon. Candidates and outcomes are cached, so a
 * backtest reads each day once.
 */
public final class WalkForward {
  /** Days between two training days: weekly, like the backtest's as-of days. */
  public static final int TRAINING_STRIDE_DAYS = 7;

  /** Days of data a training day needs before it. */
  public static final int WARM_UP_DAYS = 14;

  /** Fewer training days than this and the model is not fitted. */
  public static final int MIN_TRAINING_DAYS = 3;

  /** The L2 penalty on standardised coefficients. */
  public static final double LAMBDA = 1.0;

  /** Names the feature set, the training protocol and the penalty; stored with every call. */
  public static final String MODEL_VERSION = "logistic-l2-v1";

  private final Store store;
  private final CandidateSource candidates;
  private final NavigableSet<LocalDate> observed;
  private final Map<String, Outcomes> outcomes = new HashMap<>();

  public WalkForward(Store store, NavigableSet<LocalDate> observed) {
    this(store, observed, SignalDays.forStore(store));
  }

  /**
   * Reads the engine's figures through {@code signals} (which must read {@code store}), so a
   * reading that computed some days already (the article's day) does not compute them again.
   */
  public WalkForward(Store store, NavigableSet<LocalDate> observed, SignalDays signals) {
    this.store = requireNonNull(store, "store is null");
    this.candidates = new CandidateSource(store, signals);
    this.observed = new TreeSet<>(observed);
  }

  public CandidateSource candidates() {
    return candidates;
  }

  /** The observed days the rankers of {@code asOf} train on, oldest first. */
  public List<LocalDate> trainingDays(LocalDate asOf, int horizon) {
    List<LocalDate> days = new ArrayList<>();
    if (observed.isEmpty()) {
      return days;
    }
    LocalDate earliest = observed.first().plusDays(WARM_UP_DAYS);
    for (LocalDate d = asOf.minusDays(horizon); !d.isBefore(earliest); ) {
      if (observed.contains(d)) {
        days.add(0, d);
      }
      d = d.minusDays(TRAINING_STRIDE_DAYS);
    }
    return days;
  }

  /** The first observed day whose rankers have enough training days, or null. */
  public LocalDate firstForecastDay(int horizon) {
    for (LocalDate day : observed) {
      if (trainingDays(day, horizon).size() >= MIN_TRAINING_DAYS) {
        return day;
      }
    }
    return null;
  }

  /**
   * The outcomes of {@code asOf} over {@code horizon} days, or null while the data does not reach
   * that far.
   */
  public Outcomes outcomes(LocalDate asOf, int horizon) {
    LocalDate end = Outcomes.endOf(asOf, horizon, observed);
    if (end == null) {
      return null;
    }
    return outcomes.computeIfAbsent(asOf + "+" + horizon, key -> Outcomes.read(store, asOf, end));
  }

  /**
   * Reads the outcomes over {@code horizon} of the days of {@code days} not read yet (and whose
   * horizon the data reaches), all in one batch.
   */
  void prepareOutcomes(Collection<LocalDate> days, int horizon) {
    Map<LocalDate, LocalDate> ends = new HashMap<>();
    for (LocalDate day : days) {
      LocalDate end = Outcomes.endOf(day, horizon, observed);
      if (end != null && !outcomes.containsKey(day + "+" + horizon)) {
        ends.put(day, end);
      }
    }
    Outcomes.read(store, ends).forEach((day, read) -> outcomes.put(day + "+" + horizon, read));
  }

  /**
   * Every candidate of {@code asOf} scored by {@code ranker} for {@code target}, best first (ties
   * by repository name).
   */
  public List<Scored> rank(Ranker ranker, Target target, LocalDate asOf, int horizon, int top) {
    List<LocalDate> days = new ArrayList<>(trainingDays(asOf, horizon));
    days.add(asOf);
    candidates.prepare(days);
    LogisticModel model = fit(ranker, target, asOf, horizon, top);
    List<Scored> scored = new ArrayList<>();
    for (Candidate candidate : candidates.on(asOf)) {
      double probability = model.probability(ranker.inputs(candidate, target));
      scored.add(
          new Scored(candidate, probability, ranker.rankKey(candidate, target, probability)));
    }
    scored.sort(Comparator.comparingDouble((Scored s) -> -s.rankKey()).thenComparing(Scored::repo));
    return scored;
  }

  /** The regression of {@code ranker} for {@code target} as known on {@code asOf}. */
  public LogisticModel fit(Ranker ranker, Target target, LocalDate asOf, int horizon, int top) {
    List<LocalDate> days = trainingDays(asOf, horizon);
    if (days.size() < MIN_TRAINING_DAYS) {
      LocalDate first = firstForecastDay(horizon);
      throw RepoSignalException.notFound(
          "not enough history to train on for %s with a %d-day horizon: %d training days, %d"
              + " needed (outcomes must be known by the as-of day); %s",
          asOf,
          horizon,
          days.size(),
          MIN_TRAINING_DAYS,
          first == null
              ? "the database is too short; ingest more days"
              : "the first possible as-of day is " + first);
    }
    candidates.prepare(days);
    prepareOutcomes(days, horizon);
    List<double[]> inputs = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (LocalDate day : days) {
      Outcomes known = outcomes(day, horizon);
      if (known == null || known.end().isAfter(asOf)) {
        throw new IllegalStateException("training day " + day + " has no outcome by " + asOf);
      }
      Set<String> winners = new HashSet<>(topOf(known.ranking(target), top));
      for (Candidate candidate : candidates.on(day)) {
        inputs.add(ranker.inputs(candidate, target));
        labels.add(winners.contains(candidate.repo()));
      }
    }
    boolean[] outcomesArray = new boolean[labels.size()];
    for (int i = 0; i < outcomesArray.length; i++) {
      outcomesArray[i] = labels.get(i);
    }
    return LogisticRegression.fit(inputs.toArray(double[][]::new), outcomesArray, LAMBDA);
  }

  static List<String> topOf(List<String> ranking, int k) {
    return ranking.subList(0, Math.min(k, ranking.size()));
  }
}
