package io.reposignal.ingest.rankings;

import io.reposignal.error.RepoSignalException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The day a snapshot file holds, read from its name {@code github-ranking-YYYY-MM-DD.csv[.gz]}. */
public final class RankingFileName {
  private static final Pattern NAME =
      Pattern.compile("github-ranking-(\\d{4}-\\d{2}-\\d{2})\\.csv(\\.gz)?");

  private RankingFileName() {}

  /** True when the file name has the snapshot form. */
  public static boolean matches(Path file) {
    return NAME.matcher(String.valueOf(file.getFileName())).matches();
  }

  /** The day of a snapshot file, or empty when the name does not have the snapshot form. */
  public static Optional<LocalDate> day(Path file) {
    Matcher matcher = NAME.matcher(String.valueOf(file.getFileName()));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(matcher.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The day of a snapshot file, or a bad-input error that says which names are expected. */
  public static LocalDate requireDay(Path file) {
    return day(file)
        .orElseThrow(
            () ->
                RepoSignalException.badInput(
                    "%s: not a snapshot file name; expected github-ranking-YYYY-MM-DD.csv or"
                        + " .csv.gz (the day is read from the name)",
                    file));
  }
}
