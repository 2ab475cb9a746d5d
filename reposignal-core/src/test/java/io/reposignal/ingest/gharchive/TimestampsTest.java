package io.reposignal.ingest.gharchive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class TimestampsTest {
  private static long parse(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return Timestamps.parseEpochSecond(bytes, 0, bytes.length);
  }

  @ParameterizedTest
  @CsvSource({
    "2015-01-01T12:00:01Z, 2015-01-01T12:00:01Z",
    "2012-03-10T07:00:10-08:00, 2012-03-10T15:00:10Z",
    "2013-07-04T23:30:00-07:00, 2013-07-05T06:30:00Z",
    "2012-03-10T07:00:10-0800, 2012-03-10T15:00:10Z",
    "2012/03/10 07:00:10 -0800, 2012-03-10T15:00:10Z",
    "2020-02-29T00:00:00.123Z, 2020-02-29T00:00:00Z",
    "2011-02-12T00:00:00+05:30, 2011-02-11T18:30:00Z",
    "1969-12-31T23:59:59Z, 1969-12-31T23:59:59Z"
  })
  void parseEpochSecond_knownForms_giveUtc(String text, String utc) {
    assertThat(parse(text)).isEqualTo(Instant.parse(utc).getEpochSecond());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2015-01-01",
        "2015-13-01T00:00:00Z",
        "2015-01-01T25:00:00Z",
        "yesterday at 5",
        "2015-01-01T12:00:01X",
        "2015-01-01T12:00:01+5"
      })
  void parseEpochSecond_notATimestamp_isMissing(String text) {
    assertThat(parse(text)).isEqualTo(Timestamps.MISSING);
  }
}
