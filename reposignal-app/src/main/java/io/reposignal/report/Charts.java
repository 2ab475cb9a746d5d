package io.reposignal.report;

import java.util.ArrayList;
import java.util.List;

/** The charts of an article, computed from its sections. */
public final class Charts {
  static final String LANGUAGES = "languages";
  static final String VELOCITY = "velocity";
  static final String CURVES = "curves";

  /** Every chart an article can have. */
  static final List<String> IDS = List.of(LANGUAGES, VELOCITY, CURVES);

  private Charts() {}

  /** The article's charts in the order they appear; a section without figures has none. */
  public static List<ChartSpec> of(Article article) {
    List<ChartSpec> charts = new ArrayList<>();
    languages(article).ifPresent(charts::add);
    velocity(article).ifPresent(charts::add);
    curves(article).ifPresent(charts::add);
    return charts;
  }

  /** True when {@code charts} holds a chart with that id. */
  public static boolean has(List<ChartSpec> charts, String id) {
    return charts.stream().anyMatch(c -> c.id().equals(id));
  }

  static java.util.Optional<ChartSpec> languages(Article article) {
    LanguageSection section = article.languages();
    if (section.filled() == 0 || !section.anyLanguageKnown()) {
      return java.util.Optional.empty();
    }
    List<String> labels = section.rows().stream().map(LanguageSection.Row::label).toList();
    List<ChartSpec.Series> series = new ArrayList<>();
    series.add(
        new ChartSpec.Series(
            article.day().toString(),
            section.rows().stream().map(LanguageSection.Row::repos).toList()));
    if (section.day30() != null) {
      series.add(
          new ChartSpec.Series(
              section.day30().toString(),
              section.rows().stream().map(LanguageSection.Row::repos30).toList()));
    }
    if (section.day90() != null) {
      series.add(
          new ChartSpec.Series(
              section.day90().toString(),
              section.rows().stream().map(LanguageSection.Row::repos90).toList()));
    }
    return java.util.Optional.of(
        new ChartSpec(LANGUAGES, "bar", "Signal-window slots by language", labels, series));
  }

  static java.util.Optional<ChartSpec> velocity(Article article) {
    List<VelocitySection.Leader> week = article.velocity().week();
    if (week.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<ChartSpec.Series> series = new ArrayList<>();
    series.add(
        new ChartSpec.Series("raw", week.stream().map(VelocitySection.Leader::raw).toList()));
    if (week.stream().anyMatch(l -> l.raw() != l.trusted())) {
      series.add(
          new ChartSpec.Series(
              "trusted", week.stream().map(VelocitySection.Leader::trusted).toList()));
    }
    return java.util.Optional.of(
        new ChartSpec(
            VELOCITY,
            "hbar",
            "Stars gained over 7 days: the leaders",
            week.stream().map(l -> l.repo().repo()).toList(),
            series));
  }

  static java.util.Optional<ChartSpec> curves(Article article) {
    RetentionSection section = article.retention();
    List<RetentionSection.Curve> curves = new ArrayList<>(section.organic());
    curves.addAll(section.spikeAndFade());
    curves.addAll(section.unclassified());
    if (curves.isEmpty()) {
      return java.util.Optional.empty();
    }
    RetentionSection.Curve first = curves.get(0);
    List<String> days = new ArrayList<>();
    for (int i = 0; i < first.gains().size(); i++) {
      days.add(first.from().plusDays(i).toString().substring(5));
    }
    List<ChartSpec.Series> series =
        curves.stream()
            .map(
                c ->
                    new ChartSpec.Series(
                        c.momentum() == null
                            ? c.repo().repo()
                            : c.repo().repo() + " (" + c.momentum() + ")",
                        c.gains()))
            .toList();
    return java.util.Optional.of(
        new ChartSpec(CURVES, "line", "Stars gained per day", days, series));
  }
}
