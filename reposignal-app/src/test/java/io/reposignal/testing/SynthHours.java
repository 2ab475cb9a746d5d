package io.reposignal.testing;

import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.ingest.gharchive.load.IngestSummary;
import io.reposignal.store.Store;
import io.reposignal.suspicious.SuspiciousDeriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the shared synthetic GH Archive generator (Python 3) into a folder, for tests. */
public final class SynthHours {
  private SynthHours() {}

  /**
   * Writes {@code hours} hour files from {@code start} (YYYY-MM-DDTHH) into {@code out}.
   *
   * @param plan a plan of planted repositories, or null for background only
   */
  public static void generate(
      Path out, String start, int hours, int events, int repos, int seed, Path plan)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("python3");
    command.add(SharedData.synthTool().toString());
    command.addAll(
        List.of(
            "--out",
            out.toString(),
            "--start",
            start,
            "--hours",
            Integer.toString(hours),
            "--events",
            Integer.toString(events),
            "--repos",
            Integer.toString(repos),
            "--seed",
            Integer.toString(seed)));
    if (plan != null) {
      command.add("--plan");
      command.add(plan.toString());
    }
    Path log = Files.createTempFile("gharchive-synth", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("gharchive-synth did not finish in 5 minutes: " + command);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "gharchive-synth failed ("
                + process.exitValue()
                + "): "
                + Files.readString(log, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /**
   * Writes the plan {@code planJson} into {@code dir} and generates its hours into {@code
   * dir/hours}, which it returns.
   */
  public static Path generatePlanned(
      Path dir, String planJson, String start, int hours, int events, int repos, int seed)
      throws IOException, InterruptedException {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, planJson, StandardCharsets.UTF_8);
    Path out = dir.resolve("hours");
    generate(out, start, hours, events, repos, seed, plan);
    return out;
  }

  /**
   * Generates the planned hours ({@link #generatePlanned}), ingests them into {@code
   * dir/events.duckdb} and derives their suspicious stars, as a reader of the store would find it;
   * returns the database, closed.
   */
  public static Path ingestPlanned(
      Path dir, String planJson, String start, int hours, int events, int repos, int seed)
      throws IOException, InterruptedException {
    Path out = generatePlanned(dir, planJson, start, hours, events, repos, seed);
    List<Path> files;
    try (java.util.stream.Stream<Path> listing = Files.list(out)) {
      files = listing.sorted().toList();
    }
    Path database = dir.resolve("events.duckdb");
    try (Store store = Store.open(database)) {
      IngestSummary summary =
          new GhArchiveIngester(store, 2, Clock.systemUTC()).ingest(files, (o, d, t) -> {});
      if (!summary.failures().isEmpty()) {
        throw new IllegalStateException("planned hours did not ingest: " + summary.failures());
      }
      SuspiciousDeriver.rebuildIfStale(store);
    }
    return database;
  }
}
