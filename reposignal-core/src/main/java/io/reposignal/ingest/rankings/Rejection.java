package io.reposignal.ingest.rankings;

import static java.util.Objects.requireNonNull;

/**
 * A row of an input file that was not ingested.
 *
 * @param line the 1-based line where the row starts
 * @param reason why the row was rejected, in words a user can act on
 */
public record Rejection(long line, String reason) {
  public Rejection {
    requireNonNull(reason, "reason is null");
  }
}
