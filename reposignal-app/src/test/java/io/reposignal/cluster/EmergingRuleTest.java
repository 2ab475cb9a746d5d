package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EmergingRuleTest {
  @ParameterizedTest(name = "size {0}, 30d {1}, 60d {2}, 90d {3} -> {4}")
  @CsvSource(
      nullValues = "null",
      value = {
        "15, 9, 5, 2, true", // 2 to 15 in 90 days
        "3, 0, 0, 0, true", // from nothing to the minimum
        "3, 1, 1, 1, false", // doubled but only 2 new members
        "5, 3, 3, 3, false", // 3 to 5 is not doubling
        "6, 3, 3, 3, true", // 3 to 6 is
        "10, 10, 10, 10, false", // steady
        "8, 2, 3, null, true", // baseline is 60 days ago (3): 8 >= 6 and 5 new
        "8, 4, null, null, true", // only 30 days known: 4 to 8
        "8, null, null, null, false", // no past: growth cannot be told
        "20, 2, 12, 15, false" // 90 days ago it was already large: a dip, not emergence
      })
  void isEmerging_followsTheDocumentedRule(
      int size, Integer size30, Integer size60, Integer size90, boolean expected) {
    assertThat(EmergingRule.isEmerging(size, size30, size60, size90)).isEqualTo(expected);
  }
}
