package io.reposignal.signal;

import static java.util.Objects.requireNonNull;

import io.reposignal.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The signals of days as one {@link SignalEngine} computes them, for a reading whose parts look at
 * the same days: the article, its clusters and its calls all read the article's day, and the
 * article and the clusters its 30- and 90-day comparison days. A day asked for with {@link #on} is
 * computed once and remembered; {@link #each} reads many days in one batch without remembering
 * them. It reads the store as it was when a day was first asked for: make one per reading (a
 * command, a request), never one for the life of a server.
 */
public final class SignalDays {
  private final SignalEngine engine;
  private final Map<LocalDate, List<RepoSignal>> remembered = new HashMap<>();

  public SignalDays(SignalEngine engine) {
    this.engine = requireNonNull(engine, "engine is null");
  }

  /** The days of {@link SignalEngine#forStore}. */
  public static SignalDays forStore(Store store) {
    return new SignalDays(SignalEngine.forStore(store));
  }

  /** The signals of every repository observed on {@code day}, in no set order; unmodifiable. */
  public List<RepoSignal> on(LocalDate day) {
    return on(List.of(day)).get(day);
  }

  /**
   * The signals of each of {@code days} (unmodifiable lists), the days not yet known computed in
   * one batch and remembered.
   */
  public Map<LocalDate, List<RepoSignal>> on(Collection<LocalDate> days) {
    List<LocalDate> missing = new ArrayList<>();
    for (LocalDate day : new TreeSet<>(days)) {
      if (!remembered.containsKey(day)) {
        missing.add(day);
      }
    }
    engine.observedOnEach(missing, (day, signals) -> remembered.put(day, List.copyOf(signals)));
    Map<LocalDate, List<RepoSignal>> result = new HashMap<>();
    for (LocalDate day : days) {
      result.put(day, remembered.get(day));
    }
    return result;
  }

  /**
   * Hands the signals of each of {@code days} to {@code each}: first the remembered days as
   * remembered, then the others, oldest first, computed in one batch and handed over one at a time
   * without being remembered (a forecast turns each training day into its candidates at once, and
   * holding the signals of a backtest's every day would cost memory for nothing).
   */
  public void each(Collection<LocalDate> days, BiConsumer<LocalDate, List<RepoSignal>> each) {
    List<LocalDate> missing = new ArrayList<>();
    for (LocalDate day : new TreeSet<>(days)) {
      List<RepoSignal> known = remembered.get(day);
      if (known == null) {
        missing.add(day);
      } else {
        each.accept(day, known);
      }
    }
    engine.observedOnEach(missing, (day, signals) -> each.accept(day, List.copyOf(signals)));
  }
}
