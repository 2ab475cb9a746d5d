package io.reposignal.signal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** How the slots of a signal window split by language, and how that changed. */
public final class LanguageMap {
  private static final String NONE = "";

  private LanguageMap() {}

  /**
   * Counts and shares per language, most slots first (then by name; repositories without a language
   * count under null, listed last among equals).
   */
  public static List<Slot> of(List<RepoSignal> window) {
    Map<String, Integer> counts = counts(window);
    int total = window.size();
    return counts.entrySet().stream()
        .map(
            e ->
                new Slot(
                    e.getKey().isEmpty() ? null : e.getKey(),
                    e.getValue(),
                    total == 0 ? 0 : (double) e.getValue() / total))
        .sorted(Comparator.comparingInt(Slot::repos).reversed().thenComparing(LanguageMap::order))
        .toList();
  }

  /**
   * The language map of {@code window} against the windows 30 and 90 days earlier: every language
   * in any of the three, with 0 slots where it had none, and null counts for an earlier window that
   * is unknown (the data does not reach back that far). Most slots now first, then most slots 30
   * days ago, then by name.
   */
  public static List<Shift> shift(
      List<RepoSignal> window, List<RepoSignal> window30DaysAgo, List<RepoSignal> window90DaysAgo) {
    Map<String, Integer> now = counts(window);
    Map<String, Integer> before30 = window30DaysAgo == null ? null : counts(window30DaysAgo);
    Map<String, Integer> before90 = window90DaysAgo == null ? null : counts(window90DaysAgo);
    TreeSet<String> languages = new TreeSet<>(now.keySet());
    if (before30 != null) {
      languages.addAll(before30.keySet());
    }
    if (before90 != null) {
      languages.addAll(before90.keySet());
    }
    int total = window.size();
    return languages.stream()
        .map(
            language -> {
              int repos = now.getOrDefault(language, 0);
              return new Shift(
                  language.isEmpty() ? null : language,
                  repos,
                  total == 0 ? 0 : (double) repos / total,
                  before30 == null ? null : before30.getOrDefault(language, 0),
                  before90 == null ? null : before90.getOrDefault(language, 0));
            })
        .sorted(
            Comparator.comparingInt(Shift::repos)
                .reversed()
                .thenComparing(
                    (Shift s) -> s.repos30DaysAgo() == null ? 0 : s.repos30DaysAgo(),
                    Comparator.reverseOrder())
                .thenComparing(s -> s.language() == null ? "\uffff" : s.language()))
        .toList();
  }

  private static Map<String, Integer> counts(List<RepoSignal> window) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RepoSignal signal : window) {
      counts.merge(Objects.requireNonNullElse(signal.language(), NONE), 1, Integer::sum);
    }
    return counts;
  }

  private static String order(Slot slot) {
    return slot.language() == null ? "\uffff" : slot.language();
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

  /**
   * One language's part of the window now and 30 and 90 days earlier.
   *
   * @param language the language, or null for repositories without one
   * @param repos slots now
   * @param share share of the window now, 0 to 1
   * @param repos30DaysAgo slots in the window 30 days earlier, or null when unknown
   * @param repos90DaysAgo slots in the window 90 days earlier, or null when unknown
   */
  @JsonPropertyOrder({"language", "repos", "share", "repos_30d_ago", "repos_90d_ago"})
  public record Shift(
      String language,
      int repos,
      double share,
      @JsonProperty("repos_30d_ago") Integer repos30DaysAgo,
      @JsonProperty("repos_90d_ago") Integer repos90DaysAgo) {}
}
