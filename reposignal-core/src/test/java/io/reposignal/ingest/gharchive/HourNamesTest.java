package io.reposignal.ingest.gharchive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class HourNamesTest {
  @Test
  void hourOf_gharchiveNames_giveTheirHour() {
    assertThat(HourNames.hourOf("2015-01-01-12.json.gz"))
        .isEqualTo(Instant.parse("2015-01-01T12:00:00Z"));
    assertThat(HourNames.hourOf("2015-01-01-0.json"))
        .isEqualTo(Instant.parse("2015-01-01T00:00:00Z"));
    assertThat(HourNames.hourOf("2015-01-01-03.json.gz"))
        .isEqualTo(Instant.parse("2015-01-01T03:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "events.json",
        "2015-01-01-24.json.gz",
        "2015-02-30-1.json.gz",
        "2015-01-01.json.gz"
      })
  void hourOf_otherNames_isNull(String name) {
    assertThat(HourNames.hourOf(name)).isNull();
  }

  @Test
  void fileNameOf_writesTheHourWithoutLeadingZero() {
    assertThat(HourNames.fileNameOf(Instant.parse("2026-02-01T03:00:00Z")))
        .isEqualTo("2026-02-01-3.json.gz");
  }
}
