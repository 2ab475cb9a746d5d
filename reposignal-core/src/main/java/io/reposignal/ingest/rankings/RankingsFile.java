package io.reposignal.ingest.rankings;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The usable rows of one snapshot file and the rows that were rejected.
 *
 * @param file the file read
 * @param day the snapshot day
 * @param rows the rows kept, in file order
 * @param rejections the rows rejected, with their line and reason
 */
public record RankingsFile(
    Path file, LocalDate day, List<RankingRow> rows, List<Rejection> rejections) {
  public RankingsFile {
    requireNonNull(file, "file is null");
    requireNonNull(day, "day is null");
    rows = List.copyOf(rows);
    rejections = List.copyOf(rejections);
  }
}
