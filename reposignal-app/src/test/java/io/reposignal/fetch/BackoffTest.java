package io.reposignal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class BackoffTest {
  private final Backoff backoff =
      new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), new SplittableRandom(11));

  @Test
  void delay_successiveRetries_doubleWithinHalfToFullJitter() {
    for (int round = 0; round < 200; round++) {
      assertThat(backoff.delay(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
      assertThat(backoff.delay(2)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
      assertThat(backoff.delay(3)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }
  }

  @Test
  void delay_manyRetries_cappedAtMax() {
    assertThat(backoff.delay(60)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  @Test
  void delay_zeroInitial_isZero() {
    Backoff none = new Backoff(Duration.ZERO, Duration.ZERO, new SplittableRandom(1));

    assertThat(none.delay(3)).isZero();
  }

  @Test
  void delay_retryZero_isRejected() {
    assertThatThrownBy(() -> backoff.delay(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
