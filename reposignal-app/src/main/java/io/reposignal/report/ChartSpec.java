package io.reposignal.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One chart of the article, drawn from the same figures by ECharts in the HTML and by XChart as a
 * PNG beside the Markdown.
 *
 * @param id the chart's id: its element id in the HTML and its PNG file name suffix
 * @param kind {@code bar} (vertical bars, one group per category), {@code hbar} (horizontal bars)
 *     or {@code line} (one line per series over the categories)
 * @param title the chart's title (plain text)
 * @param categories the labels along the category axis (untrusted text: repository names and
 *     languages; kept as text, with control characters shown visibly)
 * @param series the values, one list per series, aligned with {@code categories}
 */
@JsonPropertyOrder({"id", "kind", "title", "categories", "series"})
public record ChartSpec(
    String id, String kind, String title, List<String> categories, List<Series> series) {
  public ChartSpec {
    requireNonNull(id, "id is null");
    if (!id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("chart id must be [a-z0-9-]+, was " + id);
    }
    if (!List.of("bar", "hbar", "line").contains(kind)) {
      throw new IllegalArgumentException("chart kind must be bar, hbar or line, was " + kind);
    }
    // Labels are drawn, never parsed, by both libraries; controls are shown so that a
    // bidirectional override cannot reorder what a reader sees.
    title = UntrustedText.visible(title);
    categories = categories.stream().map(UntrustedText::visible).toList();
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "series "
                + s.name()
                + " has "
                + s.values().size()
                + " values for "
                + categories.size()
                + " categories");
      }
    }
  }

  /**
   * One series.
   *
   * @param name its legend label (plain text)
   * @param values one value per category, null where unknown
   */
  @JsonPropertyOrder({"name", "values"})
  public record Series(String name, List<Integer> values) {
    public Series {
      name = UntrustedText.visible(requireNonNull(name, "name is null"));
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }
  }
}
