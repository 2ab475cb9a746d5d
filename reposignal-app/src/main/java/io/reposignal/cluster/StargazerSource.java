package io.reposignal.cluster;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Who starred which repositories: the accounts behind star events (GH Archive {@code WatchEvent}s)
 * over a window of days.
 *
 * <p>Terms: a <em>stargazer</em> of a repository in a window is an account (by its numeric actor
 * id, which survives login changes) with at least one star event on that repository between {@code
 * from} and {@code to}, both days included, in UTC. Repositories are named "owner/name" and matched
 * case-insensitively by the name they had in the event; a repository with no star events in the
 * window is absent from the answer (not mapped to an empty set).
 */
public interface StargazerSource {
  /**
   * The stargazers of each of {@code repos} in the window.
   *
   * @return lower-cased "owner/name" to the set of actor ids; only repositories with at least one
   *     star in the window
   */
  Map<String, Set<Long>> stargazers(LocalDate from, LocalDate to, Collection<String> repos);

  /** A source that knows no star events, for when GH Archive data has not been loaded. */
  StargazerSource NONE = (from, to, repos) -> Map.of();
}
