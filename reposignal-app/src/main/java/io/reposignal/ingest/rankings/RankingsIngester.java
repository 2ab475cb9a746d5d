package io.reposignal.ingest.rankings;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.RepoSignalException;
import io.reposignal.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Ingests daily snapshot files, each exactly once: a file's rows and its ledger row commit in one
 * transaction, a file already ingested with the same content is skipped, and a file whose content
 * changed (or a second file for a day already held) is reported instead of mixed in, unless the
 * caller asks to replace it. After the files, the derived tables are rebuilt when anything changed.
 */
public final class RankingsIngester {
  /** How many rejected rows of one file are quoted; the rest are counted. */
  static final int QUOTED_PROBLEMS = 5;

  private final Store store;
  private final Listener listener;

  public RankingsIngester(Store store, Listener listener) {
    this.store = requireNonNull(store, "store is null");
    this.listener = requireNonNull(listener, "listener is null");
  }

  /**
   * Ingests the snapshot files among {@code inputs} (files, or folders whose snapshot files are
   * taken), in day order.
   *
   * @param replace when true, a file whose content changed replaces the rows it had
   */
  public Report ingest(List<Path> inputs, boolean replace) {
    List<FileOutcome> outcomes = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      expand(input, files, outcomes);
    }
    files.sort(
        java.util.Comparator.comparing((Path file) -> RankingFileName.day(file).orElseThrow())
            .thenComparing(Path::toString));
    listener.started(files.size());
    int done = 0;
    for (Path file : files) {
      FileOutcome outcome = ingestFile(file, replace);
      outcomes.add(outcome);
      listener.fileDone(outcome, ++done, files.size());
    }
    boolean rebuilt = SnapshotDeriver.rebuildIfStale(store);
    return new Report(outcomes, rebuilt);
  }

  private static void expand(Path input, List<Path> files, List<FileOutcome> outcomes) {
    if (Files.isDirectory(input)) {
      try (Stream<Path> children = Files.list(input)) {
        children.filter(Files::isRegularFile).filter(RankingFileName::matches).forEach(files::add);
      } catch (IOException e) {
        outcomes.add(rejected(input, null, input + ": cannot list the folder: " + e.getMessage()));
      }
    } else if (!Files.exists(input)) {
      outcomes.add(rejected(input, null, input + ": no such file or folder"));
    } else if (!RankingFileName.matches(input)) {
      outcomes.add(
          rejected(
              input,
              null,
              input
                  + ": not a snapshot file name; expected github-ranking-YYYY-MM-DD.csv or .csv.gz"));
    } else {
      files.add(input);
    }
  }

  private FileOutcome ingestFile(Path file, boolean replace) {
    LocalDate day = RankingFileName.requireDay(file);
    String name = file.getFileName().toString();
    Checksum checksum;
    try {
      checksum = Checksum.of(file);
    } catch (IOException e) {
      return rejected(file, day, file + ": cannot read the file: " + e.getMessage());
    }
    Optional<LedgerEntry> sameName = ledgerEntry("file_name", name);
    Optional<LedgerEntry> sameDay = ledgerEntry("day", day).filter(e -> !e.fileName().equals(name));
    if (sameName.isPresent() && sameName.get().sha256().equals(checksum.sha256())) {
      return new FileOutcome(file, day, FileOutcome.Status.UNCHANGED, 0, 0, List.of());
    }
    if (!replace && (sameName.isPresent() || sameDay.isPresent())) {
      String message =
          sameName.isPresent()
              ? String.format(
                  java.util.Locale.ROOT,
                  "%s: changed since it was ingested on %s (%,d rows); its old rows are kept and"
                      + " the new content was not mixed in; pass --replace to replace them",
                  file,
                  sameName.get().ingestedAt(),
                  sameName.get().rows())
              : String.format(
                  java.util.Locale.ROOT,
                  "%s: day %s is already held from %s; pass --replace to replace it",
                  file,
                  day,
                  sameDay.get().fileName());
      return new FileOutcome(file, day, FileOutcome.Status.CONFLICT, 0, 0, List.of(message));
    }
    RankingsFile parsed;
    try {
      parsed = RankingsCsvReader.read(file);
    } catch (RepoSignalException e) {
      return rejected(file, day, e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    for (Rejection rejection : parsed.rejections()) {
      if (problems.size() < QUOTED_PROBLEMS) {
        problems.add(
            String.format(
                java.util.Locale.ROOT,
                "%s line %,d: %s; row skipped",
                file,
                rejection.line(),
                rejection.reason()));
      }
    }
    if (parsed.rejections().size() > QUOTED_PROBLEMS) {
      problems.add(
          String.format(
              java.util.Locale.ROOT,
              "%s: %,d more rows skipped",
              file,
              parsed.rejections().size() - QUOTED_PROBLEMS));
    }
    FileOutcome.Status status =
        parsed.rejections().isEmpty() ? FileOutcome.Status.INGESTED : FileOutcome.Status.PARTIAL;
    store.inTransaction(
        connection -> {
          if (sameName.isPresent()) {
            delete(connection, name);
          }
          if (sameDay.isPresent()) {
            delete(connection, sameDay.get().fileName());
          }
          appendRows(connection, name, parsed.rows());
          recordInLedger(connection, name, day, checksum, parsed, status, problems);
          return null;
        });
    return new FileOutcome(
        file, day, status, parsed.rows().size(), parsed.rejections().size(), problems);
  }

  private static void delete(Connection connection, String fileName) throws SQLException {
    for (String table : List.of("rank_row", "rank_file")) {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM " + table + " WHERE file_name = ?")) {
        delete.setString(1, fileName);
        delete.executeUpdate();
      }
    }
  }

  private static void appendRows(Connection connection, String fileName, List<RankingRow> rows)
      throws SQLException {
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender appender =
        duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "rank_row")) {
      for (RankingRow row : rows) {
        appender.beginRow();
        appender.append(row.day());
        appender.append(row.list());
        appendInt(appender, row.rank());
        appender.append(row.fullName());
        appender.append(row.stars());
        appendInt(appender, row.forks());
        appendText(appender, row.language());
        appendInt(appender, row.issues());
        if (row.lastCommit() == null) {
          appender.appendNull();
        } else {
          appender.append(LocalDateTime.ofInstant(row.lastCommit(), ZoneOffset.UTC));
        }
        appendText(appender, row.description());
        appender.append(fileName);
        appender.append(row.line());
        appender.endRow();
      }
    }
  }

  private static void appendInt(DuckDBAppender appender, Integer value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value.intValue());
    }
  }

  private static void appendText(DuckDBAppender appender, String value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value);
    }
  }

  private static void recordInLedger(
      Connection connection,
      String name,
      LocalDate day,
      Checksum checksum,
      RankingsFile parsed,
      FileOutcome.Status status,
      List<String> problems)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO rank_file (file_name, day, sha256, bytes, rows_read, rows_kept,"
                + " rows_rejected, outcome, message, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)")) {
      insert.setString(1, name);
      insert.setObject(2, day);
      insert.setString(3, checksum.sha256());
      insert.setLong(4, checksum.bytes());
      insert.setInt(5, parsed.rows().size() + parsed.rejections().size());
      insert.setInt(6, parsed.rows().size());
      insert.setInt(7, parsed.rejections().size());
      insert.setString(8, status == FileOutcome.Status.PARTIAL ? "partial" : "ok");
      insert.setString(9, problems.isEmpty() ? null : String.join("\n", problems));
      insert.executeUpdate();
    }
  }

  private Optional<LedgerEntry> ledgerEntry(String column, Object value) {
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement(
                "SELECT file_name, sha256, rows_kept, CAST(ingested_at AS VARCHAR) FROM rank_file"
                    + " WHERE "
                    + column
                    + " = ? ORDER BY file_name LIMIT 1")) {
      query.setObject(1, value);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next()
            ? Optional.of(
                new LedgerEntry(
                    rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new io.reposignal.store.StoreException("cannot read the snapshot ledger", e);
    }
  }

  private static FileOutcome rejected(Path file, LocalDate day, String message) {
    return new FileOutcome(file, day, FileOutcome.Status.REJECTED, 0, 0, List.of(message));
  }

  private record LedgerEntry(String fileName, String sha256, int rows, String ingestedAt) {}

  private record Checksum(String sha256, long bytes) {
    static Checksum of(Path file) throws IOException {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long bytes = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
          byte[] buffer = new byte[1 << 16];
          for (int n; (n = in.read(buffer)) > 0; ) {
            bytes += n;
          }
        }
        return new Checksum(HexFormat.of().formatHex(digest.digest()), bytes);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }
  }

  /**
   * The outcome of an ingest.
   *
   * @param files what happened to each file
   * @param rebuilt true when the derived tables were rebuilt
   */
  public record Report(List<FileOutcome> files, boolean rebuilt) {
    public Report {
      files = List.copyOf(files);
    }

    public long count(FileOutcome.Status status) {
      return files.stream().filter(f -> f.status() == status).count();
    }

    public boolean hasProblems() {
      return files.stream().anyMatch(f -> f.status().isProblem());
    }
  }

  /** Hears about progress, for a progress bar or log lines. */
  public interface Listener {
    default void started(int files) {}

    default void fileDone(FileOutcome outcome, int done, int total) {}
  }
}
