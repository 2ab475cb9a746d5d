package io.reposignal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.reposignal.error.RepoSignalException;
import io.reposignal.ingest.gharchive.load.FileOutcome;
import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.ingest.gharchive.load.IngestSummary;
import io.reposignal.ingest.gharchive.load.InputFiles;
import io.reposignal.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reposignal ingest gharchive PATH...}: loads GH Archive hour files into the store. */
@Command(
    name = "gharchive",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Ingests GH Archive hour files (YYYY-MM-DD-H.json.gz, or plain .json) into the database:"
          + " per-repository daily activity, every star, per-actor daily activity, repository"
          + " names and metadata, and a manifest of every hour.",
      "",
      "Both formats are read: 2015+ events and 2011-2014 Timeline events. Each event is counted"
          + " once, even when it appears in several files. Each file is committed exactly once"
          + " together with its manifest row, so running the same command again is a no-op and"
          + " an interrupted run can simply be run again.",
      "",
      "A truncated or corrupt file keeps the events read before the fault and is marked partial;"
          + " malformed lines are skipped and counted; a file that is neither gzip nor JSON is"
          + " marked corrupt. None of these stops the other files, but the exit code is then 1.",
      "",
      "Examples:",
      "  reposignal ingest gharchive data/gharchive/",
      "  reposignal ingest gharchive 'data/2026-02-0*.json.gz' --json"
    })
final class IngestGharchiveCommand implements Callable<Integer> {
  /**
   * DuckDB's share of the ingest's memory while files go in: appending needs little, and without a
   * cap DuckDB keeps what it wrote cached, so the process would grow with every file. Over 18 hours
   * of 150,000 events the peaks were 411-434 MB with 64 MB here and 389-391 MB with 32 MB
   * (docs/benchmarks.md).
   */
  static final int DUCKDB_MEMORY_MB = 32;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Hour files, folders (searched recursively for .json.gz and .json files) or globs (quote"
              + " them so that the shell passes them on).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "How many files to read in parallel. Default: the number of processors"
              + " (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--json",
      description =
          "Print the summary as one JSON object on standard output; progress and problems go to"
              + " standard error.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw RepoSignalException.usage("--threads must be at least 1, was %d", threads);
    }
    InputFiles.Expansion inputs = InputFiles.expand(paths);
    PrintWriter err = spec.commandLine().getErr();
    inputs.problems().forEach(p -> err.println("reposignal: " + p));
    if (inputs.files().isEmpty()) {
      throw RepoSignalException.badInput(
          "no GH Archive hour files found in %s; nothing was ingested", String.join(" ", paths));
    }
    long totalBytes = 0;
    for (var file : inputs.files()) {
      totalBytes += Files.size(file);
    }
    IngestSummary summary;
    // Opening the store loads DuckDB's native library, which takes a while: read files meanwhile.
    ExecutorService opener =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "store-open");
              thread.setDaemon(true);
              return thread;
            });
    CompletableFuture<Store> store =
        CompletableFuture.supplyAsync(
            () -> {
              Store opened = Commands.openStore(spec);
              opened.limitMemory(DUCKDB_MEMORY_MB);
              return opened;
            },
            opener);
    try {
      IngestProgress progress = new IngestProgress(err, System.console() != null, totalBytes);
      // Only the raw layer changes here: the suspicious stars are derived again by the first
      // command that reads them (Commands.openCurrent), once for any number of ingests.
      summary =
          new GhArchiveIngester(store, threads, Clock.systemUTC()).ingest(inputs.files(), progress);
    } finally {
      opener.shutdown();
      if (!store.isCompletedExceptionally()) {
        store.join().close();
      }
    }
    if (json) {
      printJson(spec.commandLine().getOut(), summary, inputs.problems());
    } else {
      printText(
          spec.commandLine().getOut(),
          summary,
          inputs.problems(),
          Commands.database(spec).toString());
    }
    return summary.failures().isEmpty() && inputs.problems().isEmpty() ? 0 : 1;
  }

  private static void printText(
      PrintWriter out, IngestSummary summary, List<String> inputProblems, String db) {
    out.printf(
        Locale.ROOT,
        "Ingested %,d events from %d files into %s in %.1f s (%,.0f events/s): %d ok, %d empty,"
            + " %d partial, %d corrupt, %d already ingested.%n",
        summary.events(),
        summary.files().size() - summary.alreadyIngested(),
        db,
        summary.elapsed().toNanos() / 1e9,
        summary.eventsPerSecond(),
        summary.count("ok"),
        summary.count("empty"),
        summary.count("partial"),
        summary.count("corrupt") + summary.count("unreadable"),
        summary.alreadyIngested());
    List<String> problems = new ArrayList<>(inputProblems);
    for (FileOutcome outcome : summary.files()) {
      problems.addAll(outcome.problems());
    }
    if (!problems.isEmpty()) {
      out.println("Problems:");
      problems.forEach(p -> out.println("  " + p));
    }
    out.flush();
  }

  private static void printJson(PrintWriter out, IngestSummary summary, List<String> inputProblems)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("events", summary.events());
    root.put("files_ingested", summary.files().size() - summary.alreadyIngested());
    root.put("files_already_ingested", summary.alreadyIngested());
    root.put("seconds", summary.elapsed().toNanos() / 1e9);
    root.put("events_per_second", Math.round(summary.eventsPerSecond()));
    root.put("failed", summary.failures().size() + inputProblems.size());
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileOutcome f : summary.files()) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("file", f.file().toString());
      file.put("status", f.status());
      file.put("already_ingested", f.alreadyIngested());
      file.put("events", f.events());
      file.put("duplicates", f.duplicates());
      file.put("already_stored", f.alreadyStored());
      file.put("malformed_lines", f.malformed());
      file.put("problems", f.problems());
      files.add(file);
    }
    root.put("files", files);
    root.put("input_problems", inputProblems);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    out.println(mapper.writeValueAsString(root));
    out.flush();
  }
}
