package io.reposignal.ingest.rankings;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to one input file.
 *
 * @param file the file
 * @param day the snapshot day, or null when the name has none
 * @param status what happened
 * @param rowsKept rows ingested
 * @param rowsRejected rows rejected (see {@code problems})
 * @param problems what was wrong, each naming the file and line
 */
public record FileOutcome(
    Path file,
    LocalDate day,
    Status status,
    int rowsKept,
    int rowsRejected,
    List<String> problems) {

  public FileOutcome {
    requireNonNull(file, "file is null");
    requireNonNull(status, "status is null");
    problems = List.copyOf(problems);
  }

  /** What happened to a file. */
  public enum Status {
    /** All rows ingested. */
    INGESTED,
    /** Ingested, but some rows were rejected. */
    PARTIAL,
    /** Already ingested with the same content: nothing to do. */
    UNCHANGED,
    /** Ingested before with other content (or another file holds its day): not mixed in. */
    CONFLICT,
    /** Not ingested: the file as a whole cannot be used. */
    REJECTED;

    /** True when the outcome should make the command exit with code 1. */
    public boolean isProblem() {
      return this == PARTIAL || this == CONFLICT || this == REJECTED;
    }
  }
}
