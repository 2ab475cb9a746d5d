package io.reposignal.enrich;

import java.time.Duration;

/** Waits; injectable so that tests of rate limits and back-off do not really wait. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

  void sleep(Duration duration) throws InterruptedException;
}
