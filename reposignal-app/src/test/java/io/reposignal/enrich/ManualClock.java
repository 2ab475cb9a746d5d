package io.reposignal.enrich;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that moves only when told, and a sleeper that moves it instead of waiting: tests of rate
 * limits and back-off run in no time, and can check what the client waited for.
 */
final class ManualClock extends Clock {
  private Instant now;
  private final List<Duration> sleeps = new ArrayList<>();

  ManualClock(Instant start) {
    this.now = start;
  }

  synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  Sleeper sleeper() {
    return duration -> {
      synchronized (this) {
        sleeps.add(duration);
        now = now.plus(duration);
      }
    };
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a manual clock is always UTC");
  }
}
