package io.reposignal.cli;

import io.reposignal.error.RepoSignalException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code reposignal} command: turns public GitHub activity into trend signals. */
@Command(
    name = "reposignal",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Turns public GitHub activity into trend signals you can trust: star velocity, momentum,"
          + " suspicious stars, the signal window and its language map.",
      "",
      "Start with `reposignal demo`, then `reposignal signals --as-of YYYY-MM-DD`."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  bad input or partial ingest (the rest of the input was still processed), or not found",
      "  2  usage error (a bad option or value)",
      "  3  a resource is out of reach (network, database file in use)",
      "",
      "The database is --db, else $REPOSIGNAL_DB, else $XDG_DATA_HOME/reposignal/reposignal.duckdb"
          + " (~/.local/share/reposignal/reposignal.duckdb)."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      IngestCommand.class,
      ImportCommand.class,
      FetchCommand.class,
      SignalsCommand.class,
      LanguagesCommand.class,
      RepoCommand.class,
      CoverageCommand.class,
      EnrichCommand.class,
      SuspiciousCommand.class,
      ClustersCommand.class,
      ReportCommand.class,
      ServeCommand.class,
      ForecastCommand.class,
      BacktestCommand.class,
      TrackRecordCommand.class
    })
public final class Main implements Runnable {
  private Path database;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "The DuckDB database file to use. Default: $REPOSIGNAL_DB, else a file under the user's"
              + " data directory.")
  void setDatabase(Path database) {
    this.database = database;
  }

  /** The database file chosen by option, environment or default, in that order. */
  Path database() {
    return database != null ? database : DatabaseLocation.fromEnvironment(System.getenv());
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code, without exiting the JVM. */
  public static int execute(String... args) {
    CommandLine commandLine = commandLine();
    return commandLine.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          PrintWriter err = line.getErr();
          if (exception instanceof RepoSignalException failure) {
            err.println("reposignal: " + failure.getMessage());
            err.flush();
            return failure.kind().exitCode();
          }
          err.println("reposignal: internal error: " + exception);
          exception.printStackTrace(err);
          err.flush();
          return 4;
        });
    return commandLine;
  }
}
