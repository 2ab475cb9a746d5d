package io.reposignal.web;

import io.reposignal.history.RepoHistory;
import io.reposignal.signal.LanguageMap;
import io.reposignal.signal.RepoSignal;
import io.reposignal.suspicious.SuspiciousRepoDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of each chart, as the page's script expects it ({@code kind} picks the drawing), written
 * as HTML-safe JSON for a {@code <script type="application/json">} block.
 */
final class Charts {
  /** How many bars the window chart shows. */
  static final int TOP_BARS = 15;

  private Charts() {}

  /**
   * Daily totals, observed and interpolated gains, and the spans without data. A day's observed
   * gain is split into the part judged suspicious and the rest, as the engine's trusted figures
   * split it ({@link #suspiciousPart}).
   *
   * @param suspicious the repository's days with suspicious stars, or null when unknown
   */
  static String history(List<RepoHistory.Day> series, List<SuspiciousRepoDay> suspicious) {
    Map<LocalDate, SuspiciousRepoDay> flaggedDays = new HashMap<>();
    if (suspicious != null) {
      suspicious.forEach(day -> flaggedDays.put(day.day(), day));
    }
    List<String> days = new ArrayList<>();
    List<Integer> stars = new ArrayList<>();
    List<Integer> observed = new ArrayList<>();
    List<Integer> flagged = new ArrayList<>();
    List<Integer> interpolated = new ArrayList<>();
    List<List<String>> noData = new ArrayList<>();
    String spanStart = null;
    String previous = null;
    for (RepoHistory.Day day : series) {
      String name = day.day().toString();
      days.add(name);
      stars.add(day.starsTotal());
      Integer gained = day.interpolated() ? null : day.starsGained();
      Integer suspect = suspiciousPart(day, gained, flaggedDays.get(day.day()));
      observed.add(suspect == null ? gained : Integer.valueOf(gained - suspect));
      flagged.add(suspect);
      interpolated.add(day.interpolated() ? day.starsGained() : null);
      boolean none = day.source() == null;
      if (none && spanStart == null) {
        spanStart = name;
      } else if (!none && spanStart != null) {
        noData.add(List.of(spanStart, previous));
        spanStart = null;
      }
      previous = name;
    }
    if (spanStart != null) {
      noData.add(List.of(spanStart, previous));
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("kind", "history");
    chart.put("days", days);
    chart.put("stars", stars);
    chart.put("gained_observed", observed);
    chart.put("gained_interpolated", interpolated);
    chart.put("gained_suspicious", flagged);
    chart.put("no_data", noData);
    return SafeJson.write(chart);
  }

  /**
   * The suspicious part of a positive gain, or null when there is none to show; what the engine
   * takes off (docs/signals.md): from a gain the snapshots counted, the suspicious stars as they
   * are; from a gain estimated from the events (events / capture rate), the same share of it.
   */
  private static Integer suspiciousPart(
      RepoHistory.Day day, Integer gained, SuspiciousRepoDay flagged) {
    if (gained == null || gained <= 0 || flagged == null || flagged.suspiciousStars() == 0) {
      return null;
    }
    long part =
        RepoHistory.GHARCHIVE_ESTIMATE.equals(day.source())
            ? Math.round(gained * flagged.share())
            : flagged.suspiciousStars();
    return (int) Math.min(gained, part);
  }

  /** The top of the window as horizontal bars of its trusted gain. */
  static String gains(List<RepoSignal> window, GainWindow gain) {
    List<String> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (RepoSignal signal : window.subList(0, Math.min(TOP_BARS, window.size()))) {
      labels.add(signal.repo());
      values.add(gain.trusted(signal));
    }
    return bars(labels, values, "trusted stars gained over " + gain.wire());
  }

  /** Slots per language. */
  static String languages(List<LanguageMap.Shift> slots) {
    List<String> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (LanguageMap.Shift slot : slots) {
      if (slot.repos() == 0) {
        continue; // a language that left the window: in the table, not a bar of 0
      }
      labels.add(slot.language() == null ? "none recorded" : slot.language());
      values.add(slot.repos());
    }
    return bars(labels, values, "slots in the window");
  }

  private static String bars(List<String> labels, List<Integer> values, String valueName) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("kind", "bars");
    chart.put("value_name", valueName);
    chart.put("labels", labels);
    chart.put("values", values);
    return SafeJson.write(chart);
  }
}
