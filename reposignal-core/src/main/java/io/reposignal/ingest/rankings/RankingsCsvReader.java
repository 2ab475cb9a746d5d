package io.reposignal.ingest.rankings;

import io.reposignal.error.RepoSignalException;
import io.reposignal.io.CompressedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one daily snapshot file (RFC 4180 CSV, optionally gzipped) into rows.
 *
 * <p>A file whose shape is wrong (empty, not CSV, a required column missing, cut off, not UTF-8) is
 * rejected whole: half a day's lists would make repositories look as if they left the lists. A row
 * whose repository or star count cannot be read is rejected alone and reported with its line; the
 * other rows are kept.
 */
public final class RankingsCsvReader {
  /** The columns every snapshot file must have; others are ignored. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of(
          "rank",
          "item",
          "repo_name",
          "stars",
          "forks",
          "language",
          "repo_url",
          "username",
          "issues",
          "last_commit",
          "description");

  private static final String GITHUB_PREFIX = "https://github.com/";
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private RankingsCsvReader() {}

  /**
   * Reads a snapshot file.
   *
   * @throws RepoSignalException of kind BAD_INPUT when the file as a whole cannot be used
   */
  public static RankingsFile read(Path file) {
    LocalDate day = RankingFileName.requireDay(file);
    try (InputStream in = CompressedInput.open(file);
        Reader reader =
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return parse(file, day, reader);
    } catch (NoSuchFileException e) {
      throw RepoSignalException.badInput("%s: no such file", file);
    } catch (CharacterCodingException e) {
      throw RepoSignalException.badInput(
          "%s: not UTF-8 text (%s); is it a Github-Ranking CSV file?", file, e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      String reason =
          e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      throw RepoSignalException.badInput(
          "%s: cannot read the file (%s); the file looks cut off or corrupt, so none of it was"
              + " ingested: download it again",
          file, reason);
    }
  }

  private static RankingsFile parse(Path file, LocalDate day, Reader reader) throws IOException {
    if (Files.size(file) == 0) {
      throw RepoSignalException.badInput(
          "%s: empty file; expected a header line and rows, download it again", file);
    }
    List<RankingRow> rows = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      checkHeader(file, parser.getHeaderNames());
      Iterator<CSVRecord> records = parser.iterator();
      long lines = parser.getCurrentLineNumber();
      while (true) {
        long startLine = lines + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          throw e;
        } catch (IllegalStateException e) {
          throw RepoSignalException.badInput(
              "%s line %,d: not valid CSV (%s); none of the file was ingested",
              file, startLine, e.getMessage());
        }
        lines = parser.getCurrentLineNumber();
        try {
          rows.add(toRow(day, record, startLine));
        } catch (RowException e) {
          rejections.add(new Rejection(startLine, e.getMessage()));
        }
      }
    }
    if (rows.isEmpty() && rejections.isEmpty()) {
      throw RepoSignalException.badInput("%s: a header but no rows; download it again", file);
    }
    return new RankingsFile(file, day, rows, rejections);
  }

  private static void checkHeader(Path file, List<String> header) {
    Set<String> missing = new TreeSet<>(REQUIRED_COLUMNS);
    header.forEach(name -> missing.remove(name.strip().toLowerCase(Locale.ROOT)));
    if (missing.size() == REQUIRED_COLUMNS.size()) {
      throw RepoSignalException.badInput(
          "%s: not a Github-Ranking CSV file: the first line has none of the columns %s",
          file, String.join(",", REQUIRED_COLUMNS));
    }
    if (!missing.isEmpty()) {
      throw RepoSignalException.badInput(
          "%s line 1: missing column%s %s; a snapshot file needs the columns %s",
          file,
          missing.size() == 1 ? "" : "s",
          String.join(", ", missing),
          String.join(",", REQUIRED_COLUMNS));
    }
  }

  private static RankingRow toRow(LocalDate day, CSVRecord record, long line) {
    if (!record.isConsistent()) {
      throw new RowException(
          "expected " + REQUIRED_COLUMNS.size() + " fields, found " + record.size());
    }
    String list = text(record, "item");
    if (list == null) {
      throw new RowException("the list name (item) is empty");
    }
    return new RankingRow(
        day,
        list,
        optionalInt(record, "rank"),
        fullName(record),
        requiredCount(record, "stars"),
        optionalInt(record, "forks"),
        text(record, "language"),
        optionalInt(record, "issues"),
        instant(record, "last_commit"),
        text(record, "description"),
        line);
  }

  private static String fullName(CSVRecord record) {
    String url = text(record, "repo_url");
    if (url != null && url.regionMatches(true, 0, GITHUB_PREFIX, 0, GITHUB_PREFIX.length())) {
      String path = url.substring(GITHUB_PREFIX.length());
      String[] parts = path.split("/", -1);
      if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
        return parts[0] + "/" + parts[1];
      }
    }
    throw new RowException(
        "repo_url is not a GitHub repository URL (https://github.com/OWNER/NAME): '"
            + printable(url)
            + "'");
  }

  private static int requiredCount(CSVRecord record, String column) {
    String value = text(record, column);
    if (value == null) {
      throw new RowException(column + " is empty");
    }
    try {
      int count = Integer.parseInt(value);
      if (count < 0) {
        throw new RowException(column + " is negative: " + count);
      }
      return count;
    } catch (NumberFormatException e) {
      throw new RowException(column + " is not a whole number: '" + printable(value) + "'");
    }
  }

  private static Integer optionalInt(CSVRecord record, String column) {
    String value = text(record, column);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Instant instant(CSVRecord record, String column) {
    String value = text(record, column);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(CSVRecord record, String column) {
    String value = record.get(column);
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** Shortens and neutralises a cell for an error message: it is untrusted text. */
  private static String printable(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder();
    value
        .codePoints()
        .limit(60)
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.toString();
  }

  /** A row that cannot be used; the message says why. */
  private static final class RowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowException(String message) {
      super(message, null, false, false);
    }
  }
}
