package io.reposignal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ParamsTest {
  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2026-2-1", "20260201", "yesterday", "2026-02-01T00:00"})
  void day_malformed_isRejectedNamingTheParameter(String value) {
    assertThatThrownBy(() -> Params.day("as_of", value))
        .isInstanceOfSatisfying(
            BadParameter.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("as_of");
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage()).contains("YYYY-MM-DD");
            });
  }

  @Test
  void day_absent_isNullAndValidIsParsed() {
    assertThat(Params.day("as_of", null)).isNull();
    assertThat(Params.day("as_of", "")).isNull();
    assertThat(Params.day("as_of", "2026-02-01")).isEqualTo(LocalDate.of(2026, 2, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>",
        "Rust;DROP TABLE",
        "a\u202Eb",
        "this-language-name-is-far-too-long-to-be-real",
        "C\nC"
      })
  void language_outsideTheCharset_isRejected(String value) {
    assertThatThrownBy(() -> Params.language("language", value))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("language"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"C++", "C#", "Jupyter Notebook", "Objective-C", "Vim Script", "F#"})
  void language_realNames_areAccepted(String value) {
    assertThat(Params.language("language", value)).isEqualTo(value);
  }

  @Test
  void window_names_mapToGainWindowsAndDefaultTo7d() {
    assertThat(Params.window("window", "24h")).isEqualTo(GainWindow.DAY);
    assertThat(Params.window("window", "30d")).isEqualTo(GainWindow.MONTH);
    assertThat(Params.window("window", null)).isEqualTo(GainWindow.WEEK);
    assertThatThrownBy(() -> Params.window("window", "1d")).hasMessageContaining("24h, 7d, 30d");
  }

  @Test
  void momentumAndRankBy_engineNames_areAccepted() {
    assertThat(Params.momentum("momentum", "spike-and-fade"))
        .isEqualTo(io.reposignal.signal.momentum.Momentum.SPIKE_AND_FADE);
    assertThat(Params.momentum("momentum", null)).isNull();
    assertThat(Params.rankBy("rank_by", null)).isEqualTo(RankBy.SCORE);
    assertThat(Params.rankBy("rank_by", "gain")).isEqualTo(RankBy.GAIN);
    assertThatThrownBy(() -> Params.momentum("momentum", "rocket"))
        .isInstanceOfSatisfying(BadParameter.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("slow-burn");
    assertThatThrownBy(() -> Params.rankBy("rank_by", "stars"))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("rank_by"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"' OR 1=1", "a/b/c", "%", "_%", "x y", "<b>"})
  void query_outsideNameCharacters_isRejected(String value) {
    assertThatThrownBy(() -> Params.query("q", value))
        .isInstanceOfSatisfying(BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("q"));
  }

  @Test
  void query_partOfAName_isLowerCased() {
    assertThat(Params.query("q", " ClawdBot ")).isEqualTo("clawdbot");
    assertThat(Params.query("q", "openclaw/open")).isEqualTo("openclaw/open");
  }

  @Test
  void repo_badSegments_nameTheSegment() {
    assertThatThrownBy(() -> Params.repo("a b", "x"))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("owner"));
    assertThatThrownBy(() -> Params.repo("a", "x;y"))
        .isInstanceOfSatisfying(
            BadParameter.class, e -> assertThat(e.parameter()).isEqualTo("name"));
    assertThat(Params.repo("openclaw", "openclaw")).isEqualTo("openclaw/openclaw");
  }

  @Test
  void clip_controlAndBidiCharacters_areReplaced() {
    assertThat(Params.clip("a\u001b[31m\u202Eb")).isEqualTo("a?[31m?b");
    assertThat(Params.clip("x".repeat(50))).hasSize(43).endsWith("...");
  }
}
