package io.reposignal.ingest.gharchive;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GH Archive's file names: {@code YYYY-MM-DD-H.json.gz}, the hour without a leading zero (a leading
 * zero is accepted too). The name says which hour a file covers for the manifest only; event times
 * always come from the events.
 */
public final class HourNames {
  private static final Pattern HOUR_FILE =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(\\d{1,2})\\.json(?:\\.gz)?");

  private HourNames() {}

  /** The UTC hour a file name stands for, or null when the name is not an hour file's. */
  public static Instant hourOf(String fileName) {
    Matcher m = HOUR_FILE.matcher(fileName);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      int hour = Integer.parseInt(m.group(4));
      if (hour > 23) {
        return null;
      }
      return Instant.ofEpochSecond(day.toEpochDay() * 86_400L + hour * 3600L);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The GH Archive file name of an hour: {@code 2015-01-01-12.json.gz}. */
  public static String fileNameOf(Instant hour) {
    long epochSecond = hour.getEpochSecond();
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400L));
    return day + "-" + Math.floorMod(epochSecond, 86_400L) / 3600 + ".json.gz";
  }
}
