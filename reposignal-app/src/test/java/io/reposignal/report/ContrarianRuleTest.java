package io.reposignal.report;

import static io.reposignal.report.HeadlineRuleTest.signal;
import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.signal.RepoSignal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ContrarianRuleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
  private static final LocalDate THEN = DAY.minusDays(30);

  /** {@code goLarge} Go repositories among 100 large ones; the rest are Python. */
  private static List<RepoSignal> largest(int goLarge) {
    List<RepoSignal> signals = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      signals.add(signal("o/r" + i, i < goLarge ? "Go" : "Python", 100_000 - i, 10));
    }
    return signals;
  }

  private static LanguageSection languages(LanguageSection.Row... rows) {
    return new LanguageSection(50, 50, THEN, null, List.of(rows));
  }

  @Test
  void test_languageLosingSlotsButHoldingTheLargest_contradictsTheNarrative() {
    ContrarianSection check =
        ContrarianRule.test(
            languages(
                new LanguageSection.Row("Python", 12, 0.24, 14, null),
                new LanguageSection.Row("Go", 0, 0, 2, null)),
            largest(5),
            largest(5),
            THEN);

    assertThat(check.language()).as("all of Go's slots beat a tenth of Python's").isEqualTo("Go");
    assertThat(check.holds()).isFalse();
    assertThat(check.claim()).startsWith("The narrative: Go is losing.");
    assertThat(check.verdict()).startsWith("The data disagrees").contains("5 then, 5 now");
    assertThat(check.evidence()).extracting(RepoRef::repo).containsExactly("o/r0", "o/r1", "o/r2");
  }

  @Test
  void test_languageLosingEverywhere_supportsTheNarrative() {
    ContrarianSection check =
        ContrarianRule.test(
            languages(new LanguageSection.Row("Go", 1, 0.02, 4, null)),
            largest(3),
            largest(6),
            THEN);

    assertThat(check.holds()).isTrue();
    assertThat(check.verdict()).startsWith("The data agrees").contains("6 then, 3 now");
  }

  @Test
  void test_singleSlotLosses_yieldToALargerLoss() {
    ContrarianSection check =
        ContrarianRule.test(
            languages(
                new LanguageSection.Row("Scala", 0, 0, 1, null),
                new LanguageSection.Row("Python", 10, 0.2, 13, null)),
            largest(0),
            largest(0),
            THEN);

    assertThat(check.language()).isEqualTo("Python");
  }

  @Test
  void test_noLosers_testsTheBiggestGainer() {
    ContrarianSection check =
        ContrarianRule.test(
            languages(new LanguageSection.Row("Go", 5, 0.1, 2, null)),
            largest(4),
            largest(4),
            THEN);

    assertThat(check.claim()).startsWith("The narrative: Go is winning.");
    assertThat(check.holds()).isFalse();
  }

  @Test
  void test_noStarTotals_isUnavailable() {
    List<RepoSignal> eventsOnly = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      eventsOnly.add(signal("o/r" + i, "Go", null, 10));
    }

    ContrarianSection check =
        ContrarianRule.test(
            languages(new LanguageSection.Row("Go", 10, 0.2, 14, null)),
            eventsOnly,
            eventsOnly,
            THEN);

    assertThat(check.unavailable())
        .isEqualTo(
            "Contrarian check: n/a; it ranks the largest repositories by their star totals, which"
                + " GH Archive's events alone do not give.");
  }

  @Test
  void test_noComparisonDay_isUnavailable() {
    ContrarianSection check =
        ContrarianRule.test(
            new LanguageSection(50, 50, null, null, List.of()), largest(1), List.of(), THEN);

    assertThat(check.unavailable()).startsWith("Contrarian check: n/a");
    assertThat(check.claim()).isNull();
  }
}
