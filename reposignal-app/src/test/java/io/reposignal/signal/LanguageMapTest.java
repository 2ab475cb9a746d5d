package io.reposignal.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class LanguageMapTest {
  private static RepoSignal repo(String name, String language) {
    return new RepoSignal(
        name, language, null, 100, 1, 7, 30, 0.07, 1, 7, 30, 1.0, 0.0, 0.07, 1.0, 0.0, 0.0, null,
        50.0, null, List.of(), false, List.of());
  }

  @Test
  void shift_languageGainedSlots_countsNowAndBefore() {
    List<RepoSignal> now =
        List.of(repo("a/1", "Rust"), repo("a/2", "Rust"), repo("a/3", "Go"), repo("a/4", null));
    List<RepoSignal> before = List.of(repo("b/1", "Rust"), repo("b/2", "Python"));

    List<LanguageMap.Shift> shift = LanguageMap.shift(now, before, null);

    assertThat(shift)
        .containsExactly(
            new LanguageMap.Shift("Rust", 2, 0.5, 1, null),
            new LanguageMap.Shift("Go", 1, 0.25, 0, null),
            new LanguageMap.Shift(null, 1, 0.25, 0, null),
            new LanguageMap.Shift("Python", 0, 0.0, 1, null));
  }

  @Test
  void shift_emptyWindow_noLanguages() {
    assertThat(LanguageMap.shift(List.of(), null, null)).isEmpty();
  }
}
