package io.reposignal.signal;

import io.reposignal.signal.momentum.Population;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The population of each day (every observed repository's figures, which a repository's momentum
 * and score are judged against), kept for many {@link SignalEngine#history histories} of one state
 * of the store: a day's population does not depend on the repository judged, and working it out is
 * most of a history's cost (about 0.5 s for 211 days of about 3,700 repositories). Holds about 50
 * bytes per repository and day (six sorted figures). Safe for concurrent histories; forget it when
 * the store changes.
 */
public final class DayPopulations {
  private final Map<LocalDate, Population> byDay = new ConcurrentHashMap<>();

  /** The population of {@code day}, worked out by {@code compute} the first time it is asked. */
  Population on(LocalDate day, Supplier<Population> compute) {
    Population known = byDay.get(day);
    if (known != null) {
      return known;
    }
    Population computed = compute.get();
    Population raced = byDay.putIfAbsent(day, computed);
    return raced != null ? raced : computed;
  }

  /** How many days are held. */
  public int size() {
    return byDay.size();
  }
}
