package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RepoTermsTest {
  private final RepoTerms terms = new RepoTerms();

  private RepoTerms.Terms of(String repo, String description, String... topics) {
    return terms.of(new RepoDocument(repo, description, List.of(topics)));
  }

  @ParameterizedTest
  @CsvSource({
    "deepseek-ocr.rs, deepseek ocr rs",
    "Liger-Kernel, Liger Kernel",
    "HyperAgent, Hyper Agent",
    "LLMServer, LLM Server",
    "snake_case_name, snake case name",
    "gpt4all, gpt 4 all",
    "awesome, awesome"
  })
  void splitName_joinedWords_areSeparated(String name, String expected) {
    assertThat(RepoTerms.splitName(name)).isEqualTo(expected);
  }

  @Test
  void of_ownerIsLeftOut_nameAndDescriptionAreStemmed() {
    RepoTerms.Terms result = of("microsoft/agent-runner", "Running agents");

    assertThat(result.weights()).containsOnlyKeys("agent", "runner", "run");
    assertThat(result.weights().get("agent"))
        .isEqualTo(RepoTerms.NAME_WEIGHT + RepoTerms.DESCRIPTION_WEIGHT);
    assertThat(result.surfaces()).containsEntry("agent", "agent").containsEntry("run", "running");
  }

  @Test
  void of_chineseDescription_becomesOverlappingBigrams() {
    RepoTerms.Terms result = of("a/b", "大模型推理");

    assertThat(result.weights().keySet()).contains("大模", "模型", "型推", "推理");
  }

  @Test
  void of_mixedChineseAndEnglish_keepsBoth() {
    RepoTerms.Terms result = of("a/b", "基于 LLM 的智能体框架");

    assertThat(result.weights().keySet()).contains("llm", "智能", "能体", "框架");
  }

  @Test
  void of_japaneseAndKorean_areBigramsToo() {
    RepoTerms.Terms result = of("a/b", "オープンソース 한국어처리");

    assertThat(result.weights().keySet()).contains("オー", "한국", "국어");
  }

  @Test
  void of_emojiAndNumbers_areDropped() {
    RepoTerms.Terms result = of("a/b", "🦀 🚀 Blazing 10x 2024 crab ✨");

    assertThat(result.weights()).containsOnlyKeys("blaze", "10x", "crab");
  }

  @Test
  void of_htmlLookingText_keepsOnlyItsText() {
    RepoTerms.Terms result =
        of(
            "a/b",
            "<img src=\"https://x.io/badge.svg\"> <b>Proxy</b> &amp; tunnel<script>x</script>");

    assertThat(result.weights()).containsOnlyKeys("proxi", "tunnel");
  }

  @Test
  void of_stopAndPraiseWords_areDropped() {
    RepoTerms.Terms result = of("a/xy", "The best free and open source tool for your GitHub repo");

    assertThat(result.weights()).containsOnlyKeys("xy", "tool");
  }

  @Test
  void of_fullWidthLatin_isFolded() {
    RepoTerms.Terms result = of("a/xy", "ＰＲＯＸＹ");

    assertThat(result.weights()).containsKey("proxi");
  }

  @Test
  void of_topicsCountLikeTheName() {
    RepoTerms.Terms result = of("a/xy", null, "machine-learning");

    assertThat(result.weights())
        .containsEntry("machin", RepoTerms.TOPIC_WEIGHT)
        .containsEntry("learn", RepoTerms.TOPIC_WEIGHT);
  }

  @Test
  void of_controlCharactersAndBidiOverrides_doNotBecomeTerms() {
    RepoTerms.Terms result = of("a/xy", "pro\u200bxy\u202e\u0007\u0000 tunnel");

    assertThat(result.weights()).containsOnlyKeys("xy", "proxi", "tunnel");
  }
}
