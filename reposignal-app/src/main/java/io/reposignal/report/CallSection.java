package io.reposignal.report;

import java.util.List;

/**
 * Calls: the next breakouts with their probability and horizon, and how earlier calls fared.
 *
 * @param calls the calls made on the day, most likely first
 * @param made earlier calls whose horizon has passed
 * @param hit how many of those came true
 * @param unavailable why there are no calls, or null
 */
public record CallSection(List<Call> calls, int made, int hit, String unavailable) {
  public CallSection {
    calls = List.copyOf(calls);
  }

  static CallSection notAvailable() {
    return new CallSection(
        List.of(), 0, 0, "Calls and track record: not available yet in this build.");
  }

  /**
   * One call.
   *
   * @param repo the repository called
   * @param probability the forecast probability of a breakout, 0 to 1
   * @param horizonDays within how many days
   */
  public record Call(RepoRef repo, double probability, int horizonDays) {}
}
