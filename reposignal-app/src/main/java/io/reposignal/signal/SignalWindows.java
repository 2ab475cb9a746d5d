package io.reposignal.signal;

import static java.util.Objects.requireNonNull;

import io.reposignal.signal.series.DailySeriesSource;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;

/**
 * The signal window of a day and of the days 30 and 90 days earlier, each computed the same way,
 * for the language map's shift.
 */
public final class SignalWindows {
  /** An earlier day without data may be replaced by the closest day up to this many days before. */
  static final int NEAREST_DAY_TOLERANCE = 3;

  private final SignalEngine engine;
  private final NavigableSet<LocalDate> observedDays;

  public SignalWindows(DailySeriesSource source, SignalEngine engine) {
    this.engine = requireNonNull(engine, "engine is null");
    this.observedDays = requireNonNull(source, "source is null").observedDays();
  }

  /** The window of {@code day}. */
  public List<RepoSignal> window(LocalDate day, int size, String language) {
    return SignalWindow.top(engine.observedOn(day), size, language);
  }

  /**
   * The day compared with {@code day} when looking {@code daysBack} days earlier: that day, or the
   * closest observed day up to {@value #NEAREST_DAY_TOLERANCE} days before it (a missing snapshot
   * file); null when the data does not reach back so far.
   */
  public LocalDate earlierDay(LocalDate day, int daysBack) {
    LocalDate target = day.minusDays(daysBack);
    LocalDate found = observedDays.floor(target);
    return found == null || found.isBefore(target.minusDays(NEAREST_DAY_TOLERANCE)) ? null : found;
  }

  /** The language map of {@code day}'s window with the shift against 30 and 90 days earlier. */
  public LanguageShiftReport languageShift(LocalDate day, int size) {
    LocalDate day30 = earlierDay(day, 30);
    LocalDate day90 = earlierDay(day, 90);
    List<RepoSignal> now = window(day, size, null);
    List<RepoSignal> before30 = day30 == null ? null : window(day30, size, null);
    List<RepoSignal> before90 = day90 == null ? null : window(day90, size, null);
    return new LanguageShiftReport(
        day, day30, day90, now, LanguageMap.shift(now, before30, before90));
  }

  /**
   * A window's language map against earlier windows.
   *
   * @param day the day
   * @param day30DaysAgo the day compared 30 days earlier, or null when unknown
   * @param day90DaysAgo the day compared 90 days earlier, or null when unknown
   * @param window the window of {@code day}
   * @param languages the map with its shift
   */
  public record LanguageShiftReport(
      LocalDate day,
      LocalDate day30DaysAgo,
      LocalDate day90DaysAgo,
      List<RepoSignal> window,
      List<LanguageMap.Shift> languages) {
    public LanguageShiftReport {
      window = List.copyOf(window);
      languages = List.copyOf(languages);
    }
  }
}
