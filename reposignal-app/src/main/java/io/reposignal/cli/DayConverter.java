package io.reposignal.cli;

import io.reposignal.error.RepoSignalException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/** Parses {@code YYYY-MM-DD} days with a message that says what is expected. */
final class DayConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw RepoSignalException.usage("'%s' is not a day; expected YYYY-MM-DD (UTC)", value);
    }
  }
}
