package io.reposignal.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sentences computed from the figures, shared by the Markdown and HTML articles. They are plain
 * text that may quote untrusted names; each renderer escapes them.
 */
public final class Prose {
  static final int MOVERS = 4;

  private Prose() {}

  /** What the language map says: who leads, and who moved against 30 and 90 days earlier. */
  public static String languages(LanguageSection section) {
    if (section.filled() == 0) {
      return "The signal window is empty on this day: no repository has a known 7-day gain yet.";
    }
    List<LanguageSection.Row> held = section.rows().stream().filter(r -> r.repos() > 0).toList();
    StringBuilder text = new StringBuilder();
    LanguageSection.Row top = held.get(0);
    text.append(top.label())
        .append(" leads the window with ")
        .append(top.repos())
        .append(" of ")
        .append(section.filled())
        .append(" slots (")
        .append(Numbers.percent(top.share()))
        .append(")");
    List<String> next =
        held.stream().skip(1).limit(2).map(r -> r.label() + " has " + r.repos()).toList();
    if (!next.isEmpty()) {
      text.append("; ").append(String.join(" and ", next));
    }
    text.append(". ");
    text.append(moves(section.rows(), section.day30() == null ? null : 30));
    text.append(' ');
    text.append(moves(section.rows(), section.day90() == null ? null : 90));
    return text.toString().strip();
  }

  private static String moves(List<LanguageSection.Row> rows, Integer days) {
    if (days == null) {
      return "";
    }
    List<LanguageSection.Row> movers =
        rows.stream()
            .filter(r -> shift(r, days) != 0)
            .sorted(
                Comparator.comparingInt((LanguageSection.Row r) -> -Math.abs(shift(r, days)))
                    .thenComparing(LanguageSection.Row::label))
            .limit(MOVERS)
            .toList();
    if (movers.isEmpty()) {
      return "Against " + days + " days earlier, no language moved.";
    }
    return "Against "
        + days
        + " days earlier the biggest moves are "
        + movers.stream()
            .map(
                r ->
                    r.label()
                        + " "
                        + Numbers.gain(shift(r, days))
                        + (r.repos() == 0 ? " (out of the window)" : ""))
            .collect(Collectors.joining(", "))
        + ".";
  }

  private static int shift(LanguageSection.Row row, int days) {
    Integer shift = days == 30 ? row.shift30() : row.shift90();
    return shift == null ? 0 : shift;
  }
}
