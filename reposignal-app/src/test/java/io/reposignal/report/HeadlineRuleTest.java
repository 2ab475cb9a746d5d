package io.reposignal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.signal.RepoSignal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class HeadlineRuleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  static RepoSignal signal(String repo, String language, Integer stars, int gained7d) {
    return new RepoSignal(
        repo,
        language,
        "d",
        stars,
        1,
        gained7d,
        gained7d,
        0.1,
        1,
        gained7d,
        gained7d,
        gained7d / 7.0,
        0.0,
        0.1,
        1.0,
        0.0,
        0.0,
        null,
        (double) gained7d,
        null,
        List.of(),
        false,
        List.of());
  }

  static LanguageSection languages(LanguageSection.Row... rows) {
    return new LanguageSection(50, 50, DAY.minusDays(30), null, List.of(rows));
  }

  @Test
  void pick_leaderTwiceTheRunnerUp_headlinesTheLeader() {
    List<RepoSignal> window = List.of(signal("a/a", "Go", 10, 2000), signal("b/b", "Go", 10, 1000));

    Article.Headline headline =
        HeadlineRule.pick(
            DAY, window, languages(new LanguageSection.Row("Go", 2, 1.0, 1, null)), DAY);

    assertThat(headline.finding()).isEqualTo("leader");
    assertThat(headline.title())
        .isEqualTo("a/a gained 2,000 stars in 7 days, 2.0 times the runner-up");
    assertThat(headline.summary()).contains("Go holds 2 of 50 slots").doesNotContain("leads");
  }

  @Test
  void pick_bigLanguageShift_headlinesTheShift() {
    List<RepoSignal> window = List.of(signal("a/a", "Go", 10, 1500), signal("b/b", "Go", 10, 1000));

    Article.Headline headline =
        HeadlineRule.pick(
            DAY,
            window,
            languages(
                new LanguageSection.Row("Rust", 10, 0.2, 3, null),
                new LanguageSection.Row("Go", 8, 0.16, 10, null)),
            DAY);

    assertThat(headline.finding()).isEqualTo("language-shift");
    assertThat(headline.title())
        .isEqualTo("Rust gained 7 signal-window slots in 30 days: 3 then, 10 now");
  }

  @Test
  void pick_nothingStandsOut_headlinesTheLeadingLanguage() {
    List<RepoSignal> window = List.of(signal("a/a", "Go", 10, 1500), signal("b/b", "Go", 10, 1000));

    Article.Headline headline =
        HeadlineRule.pick(
            DAY, window, languages(new LanguageSection.Row("Go", 30, 0.6, 28, null)), DAY);

    assertThat(headline.finding()).isEqualTo("concentration");
    assertThat(headline.title()).isEqualTo("Go holds 30 of the 50 signal-window slots");
    assertThat(headline.summary()).startsWith("a/a leads the 7-day gains with +1,500 stars");
  }

  @Test
  void pick_nothingStandsOutAndNoLanguageKnown_headlinesTheLeaderNotTheUnknownLanguage() {
    List<RepoSignal> window = List.of(signal("a/a", null, 10, 1500), signal("b/b", null, 10, 1000));

    Article.Headline headline =
        HeadlineRule.pick(
            DAY, window, languages(new LanguageSection.Row(null, 50, 1.0, 50, null)), DAY);

    assertThat(headline.finding()).isEqualTo("leader");
    assertThat(headline.title())
        .isEqualTo("a/a leads the signal window with +1,500 stars in 7 days");
    assertThat(headline.summary())
        .isEqualTo("2 of the 2 window repositories gained 1,000 stars or more over the week.");
  }

  @Test
  void pick_emptyWindow_saysSo() {
    Article.Headline headline =
        HeadlineRule.pick(DAY, List.of(), new LanguageSection(50, 0, null, null, List.of()), DAY);

    assertThat(headline.title()).isEqualTo("No signal window on 2026-03-01 yet");
  }
}
