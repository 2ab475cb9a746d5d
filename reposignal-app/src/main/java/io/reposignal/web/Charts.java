package io.reposignal.web;

import io.reposignal.history.RepoHistory;
import io.reposignal.signal.LanguageMap;
import io.reposignal.signal.RepoSignal;
import java.util.ArrayList;
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

  /** Daily totals, observed and interpolated gains, and the spans without data. */
  static String history(List<RepoHistory.Day> series) {
    List<String> days = new ArrayList<>();
    List<Integer> stars = new ArrayList<>();
    List<Integer> observed = new ArrayList<>();
    List<Integer> interpolated = new ArrayList<>();
    List<List<String>> noData = new ArrayList<>();
    String spanStart = null;
    String previous = null;
    for (RepoHistory.Day day : series) {
      String name = day.day().toString();
      days.add(name);
      stars.add(day.starsTotal());
      observed.add(day.interpolated() ? null : day.starsGained());
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
    chart.put("no_data", noData);
    return SafeJson.write(chart);
  }

  /** The top of the window as horizontal bars of its gain. */
  static String gains(List<RepoSignal> window, GainWindow gain) {
    List<String> labels = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (RepoSignal signal : window.subList(0, Math.min(TOP_BARS, window.size()))) {
      labels.add(signal.repo());
      values.add(gain.gain(signal));
    }
    return bars(labels, values, "stars gained over " + gain.wire());
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
