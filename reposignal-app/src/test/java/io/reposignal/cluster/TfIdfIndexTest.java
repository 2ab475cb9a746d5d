package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TfIdfIndexTest {
  private static final List<RepoDocument> DOCUMENTS =
      List.of(
          new RepoDocument("a/proxy-client", "a proxy client for android", List.of()),
          new RepoDocument("b/proxy-server", "a proxy server", List.of()),
          new RepoDocument("c/editor", "a text editor for android", List.of()),
          new RepoDocument("d/empty", null, List.of()),
          new RepoDocument("e/x", "", List.of()));

  @Test
  void idf_rareTermsWeighMoreThanCommonOnes() {
    TfIdfIndex index = TfIdfIndex.build(DOCUMENTS);

    assertThat(idf(index, "server")).isGreaterThan(idf(index, "proxi"));
    assertThat(idf(index, "proxi")).isCloseTo(1 + Math.log(6.0 / 3.0), within(1e-12));
  }

  @Test
  void cosine_selfIsOne_unrelatedIsZero_sharedTermsInBetween() {
    TfIdfIndex index = TfIdfIndex.build(DOCUMENTS);

    assertThat(index.cosine(0, 0)).isCloseTo(1, within(1e-12));
    assertThat(index.cosine(0, 1)).isStrictlyBetween(0.0, 1.0);
    assertThat(index.cosine(1, 2)).isZero();
  }

  @Test
  void vector_documentWithoutTerms_isAllZeroAndSimilarToNothing() {
    TfIdfIndex index = TfIdfIndex.build(DOCUMENTS);

    assertThat(index.vector(4).size()).isZero();
    assertThat(index.cosine(4, 0)).isZero();
    assertThat(index.cosine(4, 4)).isZero();
  }

  @Test
  void build_documentOrder_doesNotChangeTermIdsOrWeights() {
    List<RepoDocument> shuffled = new ArrayList<>(DOCUMENTS);
    Collections.reverse(shuffled);

    TfIdfIndex forward = TfIdfIndex.build(DOCUMENTS);
    TfIdfIndex backward = TfIdfIndex.build(shuffled);

    assertThat(backward.termCount()).isEqualTo(forward.termCount());
    for (int t = 0; t < forward.termCount(); t++) {
      assertThat(backward.term(t)).isEqualTo(forward.term(t));
    }
    assertThat(backward.cosine(4, 3)).isCloseTo(forward.cosine(0, 1), within(1e-15));
  }

  @Test
  void surface_isTheWordTheDocumentWrote_orNullWhenAbsent() {
    TfIdfIndex index = TfIdfIndex.build(DOCUMENTS);

    assertThat(index.surface(0, "proxi")).isEqualTo("proxy");
    assertThat(index.surface(2, "proxi")).isNull();
  }

  private static double idf(TfIdfIndex index, String term) {
    for (int t = 0; t < index.termCount(); t++) {
      if (index.term(t).equals(term)) {
        return index.idf(t);
      }
    }
    throw new AssertionError("no term " + term);
  }
}
