package io.reposignal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ContentRangeTest {
  @Test
  void parse_knownTotal_givesBounds() {
    assertThat(ContentRange.parse("bytes 100-999/1000")).contains(new ContentRange(100, 999, 1000));
  }

  @Test
  void parse_unknownTotal_givesMinusOne() {
    assertThat(ContentRange.parse("bytes 0-9/*")).contains(new ContentRange(0, 9, -1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "bytes */1000", "bytes 10-5/1000", "bytes 0-1000/1000", "items 0-1/2"})
  void parse_malformedOrInconsistent_isEmpty(String header) {
    assertThat(ContentRange.parse(header)).isEmpty();
  }
}
