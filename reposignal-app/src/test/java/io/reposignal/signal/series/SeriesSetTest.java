package io.reposignal.signal.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SeriesSetTest {
  private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

  /** Days 0..5: known on 0..2, nothing on 3..5. */
  private static DailySeries early(int key) {
    return DailySeries.builder(key, FROM)
        .observed(1, 10)
        .add(2, null, false, true, false, false)
        .observed(3, 15)
        .unknown()
        .unknown()
        .unknown()
        .build();
  }

  /** Days 0..5: nothing on 0..3, known on 4 (masked) and 5. */
  private static DailySeries late(int key) {
    return DailySeries.builder(key, FROM)
        .unknown()
        .unknown()
        .unknown()
        .unknown()
        .add(-7, 100, true, false, true, false)
        .observed(5, 105)
        .build();
  }

  @Test
  void window_insideTheSet_keepsTheFiguresOfItsDays() {
    SeriesSet set = new SeriesSet(FROM, FROM.plusDays(5), List.of(early(1), late(2)));

    SeriesSet window = set.window(FROM.plusDays(1), FROM.plusDays(4));

    assertThat(window.from()).isEqualTo(FROM.plusDays(1));
    assertThat(window.to()).isEqualTo(FROM.plusDays(4));
    DailySeries first = window.series().get(0);
    assertThat(first.firstDay()).isEqualTo(FROM.plusDays(1));
    assertThat(first.length()).isEqualTo(4);
    assertThat(first.gained(0)).isEqualTo(2);
    assertThat(first.interpolated(0)).isTrue();
    assertThat(first.total(1)).isEqualTo(15);
    assertThat(first.gained(2)).isNull();
    DailySeries second = window.series().get(1);
    assertThat(second.gained(3)).isEqualTo(-7);
    assertThat(second.masked(3)).isTrue();
    assertThat(second.usable(3)).isFalse();
  }

  @Test
  void window_seriesKnowingNothingOfItsDays_isLeftOut() {
    SeriesSet set = new SeriesSet(FROM, FROM.plusDays(5), List.of(early(1), late(2)));

    assertThat(set.window(FROM.plusDays(3), FROM.plusDays(5)).series())
        .extracting(DailySeries::key)
        .containsExactly(2);
    assertThat(set.window(FROM, FROM.plusDays(2)).series())
        .extracting(DailySeries::key)
        .containsExactly(1);
  }

  @Test
  void window_outsideTheSet_isRefused() {
    SeriesSet set = new SeriesSet(FROM, FROM.plusDays(5), List.of(early(1)));

    assertThatThrownBy(() -> set.window(FROM.minusDays(1), FROM.plusDays(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> set.window(FROM, FROM.plusDays(6)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> set.window(FROM.plusDays(3), FROM.plusDays(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
