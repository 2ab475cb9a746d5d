package io.reposignal.store;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.RepoSignalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB file that holds everything RepoSignal knows. Opening it creates the file and
 * brings its schema to the current version. Writers work inside {@link #inTransaction}, so a crash
 * leaves either all of a unit of work or none of it.
 */
public final class Store implements AutoCloseable {
  private final Path file;
  private final Connection connection;

  private Store(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens the store for reading and writing, creating and migrating it as needed. */
  public static Store open(Path file) {
    requireNonNull(file, "file is null");
    Path absolute = file.toAbsolutePath();
    try {
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw RepoSignalException.unavailable(
          "cannot create the folder for the database %s: %s; pass --db with a writable path",
          absolute, e.getMessage());
    }
    Connection connection = connect(absolute, false);
    Store store = new Store(absolute, connection);
    try {
      Migrations.apply(store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /**
   * Opens an existing store read-only, so that several readers can share it while no writer holds
   * it. Fails when the file does not exist yet.
   */
  public static Store openReadOnly(Path file) {
    Path absolute = requireNonNull(file, "file is null").toAbsolutePath();
    if (!Files.exists(absolute)) {
      throw RepoSignalException.notFound(
          "no database at %s; run `reposignal demo` or `reposignal ingest` first", absolute);
    }
    return new Store(absolute, connect(absolute, true));
  }

  private static Connection connect(Path file, boolean readOnly) {
    Properties properties = new Properties();
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + file, properties);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("lock")) {
        throw RepoSignalException.unavailable(
            "the database %s is in use by another RepoSignal process; wait for it to finish or"
                + " pass --db with another file",
            file);
      }
      throw RepoSignalException.unavailable("cannot open the database %s: %s", file, message);
    }
  }

  /**
   * Another connection to this same open database, for another thread: a DuckDB connection serves
   * one thread at a time, and connections made this way share the one database instance (its cache
   * and, for a read-write store, its single write lock). Close it when done; closing it leaves this
   * store open.
   */
  public Store newConnection() {
    try {
      return new Store(file, connection.unwrap(DuckDBConnection.class).duplicate());
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open another connection to " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Caps DuckDB's own memory (its buffer pool, hash tables and sorts; beyond the cap it spills to a
   * temporary folder beside the database). By default DuckDB may take 80% of the machine's memory
   * and keeps what it wrote cached, so a long ingest's footprint would grow with the data.
   */
  public void limitMemory(int megabytes) {
    if (megabytes < 4) {
      throw new IllegalArgumentException("a DuckDB memory limit under 4 MB: " + megabytes);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET memory_limit = '" + megabytes + "MB'");
      // DuckDB's allocator keeps freed memory for reuse; hand it back to the system early, or a
      // long run's footprint grows well past the limit (measured over 18 hour files: peaks of
      // 500-590 MB became 395-576 MB).
      statement.execute("SET write_buffer_row_group_memory_limit = '" + megabytes + "MB'");
      statement.execute("SET allocator_flush_threshold = '16MB'");
      statement.execute("SET allocator_bulk_deallocation_flush_threshold = '32MB'");
      statement.execute("SET allocator_background_threads = true");
    } catch (SQLException e) {
      throw new StoreException("cannot limit DuckDB's memory: " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** The JDBC connection, for reads and for work already inside {@link #inTransaction}. */
  public Connection connection() {
    return connection;
  }

  /** Runs {@code work} in one transaction: all of it commits, or none of it does. */
  public <T> T inTransaction(SqlWork<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        beginNow(connection);
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("transaction failed on " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * DuckDB's JDBC driver opens the transaction lazily, at the next statement; an appender used
   * before any statement would otherwise commit on its own, outside the transaction. A trivial
   * statement opens it now, so appended rows commit or roll back with everything else.
   */
  private static void beginNow(Connection connection) throws SQLException {
    try (java.sql.Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the database " + file + ": " + e.getMessage(), e);
    }
  }

  /** A unit of database work that may throw {@link SQLException}. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
