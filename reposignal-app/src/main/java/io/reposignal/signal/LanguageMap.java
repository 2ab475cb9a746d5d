package io.reposignal.signal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How the slots of a signal window split by language. */
public final class LanguageMap {
  private LanguageMap() {}

  /**
   * Counts and shares per language, most slots first (then by name; repositories without a language
   * count under null, listed last among equals).
   */
  public static List<Slot> of(List<RepoSignal> window) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RepoSignal signal : window) {
      counts.merge(Objects.requireNonNullElse(signal.language(), ""), 1, Integer::sum);
    }
    int total = window.size();
    return counts.entrySet().stream()
        .map(
            e ->
                new Slot(
                    e.getKey().isEmpty() ? null : e.getKey(),
                    e.getValue(),
                    total == 0 ? 0 : (double) e.getValue() / total))
        .sorted(
            Comparator.comparingInt(Slot::repos)
                .reversed()
                .thenComparing(s -> s.language() == null ? "\uffff" : s.language()))
        .toList();
  }

  /**
   * One language's part of the window.
   *
   * @param language the language, or null for repositories without one
   * @param repos how many slots it holds
   * @param share its share of the window, 0 to 1
   */
  @JsonPropertyOrder({"language", "repos", "share"})
  public record Slot(String language, int repos, double share) {}
}
