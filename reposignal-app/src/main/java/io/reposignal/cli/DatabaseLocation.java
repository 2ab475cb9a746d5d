package io.reposignal.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where the database lives when no --db option is given. */
final class DatabaseLocation {
  static final String FILE_NAME = "reposignal.duckdb";

  private DatabaseLocation() {}

  static Path fromEnvironment(Map<String, String> environment) {
    String explicit = environment.get("REPOSIGNAL_DB");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String dataHome = environment.get("XDG_DATA_HOME");
    Path base =
        dataHome != null && !dataHome.isBlank()
            ? Path.of(dataHome)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("reposignal").resolve(FILE_NAME);
  }
}
