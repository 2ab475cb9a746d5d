package io.reposignal.cli;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import io.reposignal.store.Store;
import io.reposignal.web.SnapshotWatcher;
import io.reposignal.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal serve}: the web dashboard, JSON API and feeds over the store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web dashboard (signal window, repositories, language map, articles, search),"
          + " the JSON API under /api/v1/ (described at /api/v1/openapi.json), Atom feeds,"
          + " /healthz and Prometheus /metrics, until stopped with Ctrl-C.",
      "",
      "The database is opened read-only, so other readers may share it; ingest while it runs with"
          + " --watch (this process then holds the one read-write connection), or stop it first.",
      "Listens on 127.0.0.1 (this machine only) unless --host says otherwise."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7070",
      description = "The TCP port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on. Default: ${DEFAULT-VALUE}, reachable from this machine only.")
  String host;

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      description =
          "The folder of trend reports (written by `reposignal report --out DIR`) that the article"
              + " archive serves. Default: a `reports` folder beside the database.")
  Path reports;

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      description =
          "Keep ingesting new snapshot files (github-ranking-YYYY-MM-DD.csv[.gz]) that appear in"
              + " DIR while serving. Readers see each file whole or not at all.")
  Path watch;

  @Option(
      names = "--watch-every",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "How often --watch looks for new files, in seconds. Default: ${DEFAULT-VALUE}.")
  int watchEverySeconds;

  @Option(
      names = "--connections",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "How many database connections serve requests at once. Default: ${DEFAULT-VALUE}.")
  int connections;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw RepoSignalException.usage("--port must be 0..65535, was %d", port);
    }
    if (connections < 1 || connections > 64) {
      throw RepoSignalException.usage("--connections must be 1..64, was %d", connections);
    }
    if (watchEverySeconds < 1) {
      throw RepoSignalException.usage(
          "--watch-every must be at least 1, was %d", watchEverySeconds);
    }
    if (watch != null && !Files.isDirectory(watch)) {
      throw RepoSignalException.usage("--watch %s is not a folder", watch);
    }
    Path database = Commands.database(spec).toAbsolutePath();
    Path reportFolder = reports != null ? reports : database.getParent().resolve("reports");
    Store store =
        watch != null
            ? Commands.openCurrent(spec)
            : openForReading(database, spec.commandLine().getErr());
    CountDownLatch stopped = new CountDownLatch(1);
    try (store;
        WebServer server =
            WebServer.start(store, new WebServer.Options(host, port, reportFolder, connections))) {
      SnapshotWatcher watcher = watch == null ? null : watch(store, server);
      try {
        System.err.printf(
            "reposignal serve: http://%s:%d/ over %s (%s); reports from %s; Ctrl-C stops%n",
            host.contains(":") ? "[" + host + "]" : host,
            server.port(),
            database,
            watch != null ? "read-write, watching " + watch.toAbsolutePath() : "read-only",
            reportFolder);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "reposignal-stop"));
        stopped.await();
      } finally {
        if (watcher != null) {
          watcher.close();
        }
      }
    }
    return 0;
  }

  private SnapshotWatcher watch(Store store, WebServer server) {
    SnapshotWatcher watcher = new SnapshotWatcher(store, watch, server::invalidate, System.err);
    watcher.start(Duration.ofSeconds(watchEverySeconds));
    return watcher;
  }

  /**
   * Brings the derived tables up to date when no other process holds the file (a short read-write
   * open), then opens it read-only so that other readers can share it.
   */
  private static Store openForReading(Path database, PrintWriter err) {
    if (!Files.exists(database)) {
      throw RepoSignalException.notFound(
          "no database at %s; run `reposignal demo` or `reposignal ingest rankings DIR` first",
          database);
    }
    try (Store writable = Store.open(database)) {
      Commands.refreshDerived(writable, err);
    } catch (RepoSignalException e) {
      if (e.kind() != ErrorKind.UNAVAILABLE) {
        throw e;
      }
      // another process holds the file: serve what it holds
    }
    return Store.openReadOnly(database);
  }
}
