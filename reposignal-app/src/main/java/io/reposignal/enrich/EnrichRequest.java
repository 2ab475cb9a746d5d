package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * What to enrich: at most {@code limit} repositories, skipping those answered within {@code
 * staleAfter}; the {@code requested} repositories go first and are asked about even when fresh.
 */
public record EnrichRequest(int limit, Duration staleAfter, List<RepoName> requested) {
  public EnrichRequest {
    requireNonNull(staleAfter, "staleAfter is null");
    requested = List.copyOf(requireNonNull(requested, "requested is null"));
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got " + limit);
    }
    if (staleAfter.isNegative()) {
      throw new IllegalArgumentException("staleAfter must be >= 0, got " + staleAfter);
    }
  }
}
