package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ClusterLabelTest {
  private static TfIdfIndex population() {
    List<RepoDocument> documents = new ArrayList<>();
    documents.add(new RepoDocument("a/kernels", "Triton kernels for LLM training", List.of()));
    documents.add(new RepoDocument("b/fastkern", "Fused GPU kernels for LLM inference", List.of()));
    documents.add(new RepoDocument("c/chitu", "LLM inference with custom kernels", List.of()));
    documents.add(new RepoDocument("d/one", "a tool for testing", List.of()));
    for (int i = 0; i < 20; i++) {
      // "llm" is common in the population, "kernels" is not
      documents.add(new RepoDocument("p" + i + "/app", "LLM chat app number" + i, List.of()));
    }
    return TfIdfIndex.build(documents);
  }

  @Test
  void terms_preferWordsTheClusterSharesAndThePopulationLacks() {
    TfIdfIndex index = population();

    List<String> terms = ClusterLabel.terms(index, new int[] {0, 1, 2});

    assertThat(terms.get(0)).isEqualTo("kernels");
    assertThat(terms).contains("inference", "llm");
    assertThat(terms.indexOf("inference")).isLessThan(terms.indexOf("llm"));
  }

  @Test
  void terms_wordOfOneMemberOnly_neverNamesTheCluster() {
    TfIdfIndex index = population();

    List<String> terms = ClusterLabel.terms(index, new int[] {0, 1, 2});

    assertThat(terms).doesNotContain("triton", "fused", "chitu", "custom");
  }

  @Test
  void terms_showTheWordMembersWroteMostOften_notTheStem() {
    TfIdfIndex index = population();

    assertThat(ClusterLabel.terms(index, new int[] {0, 1, 2}))
        .contains("kernels")
        .doesNotContain("kernel");
  }

  @Test
  void label_joinsTheFirstThreeTerms() {
    assertThat(ClusterLabel.label(List.of("kernels", "inference", "llm", "gpu")))
        .isEqualTo("kernels / inference / llm");
    assertThat(ClusterLabel.label(List.of("proxy"))).isEqualTo("proxy");
    assertThat(ClusterLabel.label(List.of())).isEmpty();
  }
}
