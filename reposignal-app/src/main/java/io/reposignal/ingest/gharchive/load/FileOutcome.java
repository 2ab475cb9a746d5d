package io.reposignal.ingest.gharchive.load;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * What ingesting one input file did.
 *
 * @param status ok, empty, partial or corrupt as read now or, when {@code alreadyIngested}, as
 *     recorded before; "unreadable" when the file could not be opened
 * @param events events counted into the store by this run
 * @param problems what went wrong, one message per problem (fault, quoted malformed lines)
 */
public record FileOutcome(
    Path file,
    String status,
    boolean alreadyIngested,
    long events,
    long duplicates,
    long alreadyStored,
    long malformed,
    long compressedBytes,
    List<String> problems) {
  public FileOutcome {
    requireNonNull(file, "file is null");
    requireNonNull(status, "status is null");
    problems = List.copyOf(problems);
  }

  /** True when the file was partial, corrupt or unreadable: the run then exits with 1. */
  public boolean failed() {
    return status.equals("partial") || status.equals("corrupt") || status.equals("unreadable");
  }
}
