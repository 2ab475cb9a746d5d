package io.reposignal.ingest.gharchive.load;

import java.time.Duration;
import java.util.List;

/** The outcome of one {@code ingest gharchive} run, file by file, in commit order. */
public record IngestSummary(List<FileOutcome> files, Duration elapsed) {
  public IngestSummary {
    files = List.copyOf(files);
  }

  public long events() {
    return files.stream().mapToLong(FileOutcome::events).sum();
  }

  public long count(String status) {
    return files.stream().filter(f -> !f.alreadyIngested() && f.status().equals(status)).count();
  }

  public long alreadyIngested() {
    return files.stream().filter(FileOutcome::alreadyIngested).count();
  }

  public List<FileOutcome> failures() {
    return files.stream().filter(FileOutcome::failed).toList();
  }

  public double eventsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? events() / seconds : 0;
  }
}
