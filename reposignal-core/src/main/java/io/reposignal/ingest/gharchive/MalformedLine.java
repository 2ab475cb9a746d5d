package io.reposignal.ingest.gharchive;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * A line that was skipped, quoted so that a user can find and judge it.
 *
 * @param line 1-based line number in the inflated file
 * @param column 0-based byte offset in the line where reading failed
 * @param excerpt the start of the line, shortened
 */
public record MalformedLine(String file, long line, int column, String reason, String excerpt)
    implements Serializable {
  public MalformedLine {
    requireNonNull(file, "file is null");
    requireNonNull(reason, "reason is null");
    requireNonNull(excerpt, "excerpt is null");
  }

  /** "2016-01-30-1.json.gz line 41,233 column 17: expected ':'; line starts {"id":..." */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%s line %,d column %d: %s; the line starts %s",
        file,
        line,
        column,
        reason,
        excerpt);
  }
}
