package io.reposignal.spark;

import java.util.List;
import java.util.Locale;

/**
 * What a run of the job did.
 *
 * @param files hour files found
 * @param filesWritten files whose rows were written (not a copy of an earlier file, readable)
 * @param sameAsEarlier files skipped because an earlier file had the same name and bytes
 * @param events events counted (each once, whatever the number of files it is in)
 * @param problems one line per broken or unreadable file, and per malformed-lines count
 */
public record JobSummary(
    int files,
    int filesWritten,
    int sameAsEarlier,
    long events,
    double seconds,
    boolean failed,
    List<String> problems) {
  public JobSummary {
    problems = List.copyOf(problems);
  }

  public double eventsPerSecond() {
    return seconds > 0 ? events / seconds : 0;
  }

  /** The closing lines printed to standard error. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "reposignal-spark: %,d files found, %,d written, %,d skipped (same name and bytes as"
                + " an earlier file); %,d events in %.1f s (%,.0f events/s)%n",
            files,
            filesWritten,
            sameAsEarlier,
            events,
            seconds,
            eventsPerSecond()));
    for (String problem : problems) {
      out.append("  ").append(problem).append(System.lineSeparator());
    }
    return out.toString();
  }
}
