package io.reposignal.cli;

import io.reposignal.error.RepoSignalException;
import io.reposignal.store.Store;
import io.reposignal.store.gharchive.ParquetImporter;
import io.reposignal.store.gharchive.ParquetImporter.PartitionOutcome;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reposignal import parquet DIR}: loads the Spark job's Parquet tables into the store. */
@Command(
    name = "parquet",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Loads the Parquet output of the Spark job (bin/reposignal-spark, or spark-submit with"
          + " reposignal-spark.jar) into the database: the same GH Archive tables that `ingest"
          + " gharchive` of the same hour files gives.",
      "",
      "Each day partition is imported once, in one transaction with its ledger row: importing the"
          + " same folder again is a no-op, and an interrupted import can simply be run again."
          + " Hour files already in the database are left out. The job counts each event once"
          + " among the files of one run; an output whose events are in the database already"
          + " (from other files) is refused.",
      "",
      "Examples:",
      "  reposignal import parquet /data/reposignal-out",
      "  reposignal import parquet /data/reposignal-out --json"
    })
final class ImportParquetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      description =
          "The job's --output folder (on this machine: copy it from HDFS or S3 first), holding"
              + " one folder per table.")
  Path dir;

  @Option(
      names = "--json",
      description =
          "Print the summary as one JSON object on standard output; problems go to standard"
              + " error.")
  boolean json;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      throw RepoSignalException.notFound(
          "%s is not a folder; pass the --output folder of the Spark job", dir);
    }
    long started = System.nanoTime();
    List<PartitionOutcome> outcomes;
    try (Store store = Commands.openStore(spec)) {
      outcomes = new ParquetImporter(store, Instant.now()).importAll(dir);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    int imported = 0;
    int skipped = 0;
    int files = 0;
    int filesAlready = 0;
    for (PartitionOutcome o : outcomes) {
      if (o.alreadyImported()) {
        skipped++;
      } else {
        imported++;
      }
      files += o.filesImported();
      filesAlready += o.filesAlreadyIngested();
    }
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("partitions_imported", imported);
      root.put("partitions_already_imported", skipped);
      root.put("files_imported", files);
      root.put("files_already_ingested", filesAlready);
      root.put("seconds", seconds);
      List<Map<String, Object>> partitions = new ArrayList<>();
      for (PartitionOutcome o : outcomes) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("partition", o.partition());
        p.put("already_imported", o.alreadyImported());
        p.put("files_imported", o.filesImported());
        p.put("files_already_ingested", o.filesAlreadyIngested());
        partitions.add(p);
      }
      root.put("partitions", partitions);
      Json.write(out, root);
    } else {
      out.printf(
          Locale.ROOT,
          "Imported %d day partitions (%d hour files) from %s into %s in %.1f s; %d partitions"
              + " already imported, %d files already in the database.%n",
          imported,
          files,
          dir,
          Commands.database(spec),
          seconds,
          skipped,
          filesAlready);
    }
    return 0;
  }
}
