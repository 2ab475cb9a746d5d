package io.reposignal.spark;

import io.reposignal.ingest.gharchive.HourManifest;
import io.reposignal.ingest.gharchive.HourStatus;
import io.reposignal.ingest.gharchive.MalformedLine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Ingests GH Archive hour files on Spark into Parquet tables that {@code reposignal import parquet}
 * loads into the store, giving the tables an embedded {@code reposignal ingest gharchive} of the
 * same files gives.
 *
 * <ol>
 *   <li>The driver lists the hour files and sorts them in the embedded ingester's commit order.
 *   <li>Executors read each file with the core's reader, one task per file by default.
 *   <li>A file with the name and bytes of an earlier one is skipped, as the embedded ledger skips
 *       it.
 *   <li>An event in several files is counted by the first of them only: the files that hold events
 *       of earlier files are read again with those events left out, exactly as the embedded
 *       ingester reads a file again when the store already holds some of its events.
 *   <li>Each table is written as Parquet under {@code OUTPUT/<table>/file_day=YYYY-MM-DD/}.
 * </ol>
 */
public final class GhArchiveSparkJob {
  private GhArchiveSparkJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("reposignal-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("reposignal-gharchive");
    if (options.master() != null) {
      builder.master(options.master());
    }
    SparkSession spark = builder.getOrCreate();
    JobSummary summary;
    try {
      summary = run(spark, options);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("reposignal-spark: " + e.getMessage());
      spark.stop();
      System.exit(1);
      return;
    }
    spark.stop();
    System.err.print(summary.describe());
    System.exit(summary.failed() ? 1 : 0);
  }

  /** Runs the job on {@code spark}; the session is left open. */
  public static JobSummary run(SparkSession spark, JobOptions options) throws IOException {
    long started = System.nanoTime();
    // LocalDate values for DATE columns; the session's time zone then plays no part.
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopFiles hadoop = new HadoopFiles(jsc.hadoopConfiguration());
    if (hadoop.exists(options.output())) {
      throw new IllegalArgumentException(
          options.output()
              + " exists already; the job writes into a new folder: remove it or pass another"
              + " --output");
    }
    List<HourFile> files = hadoop.list(options.input());
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          options.input() + ": no GH Archive hour files there (.json.gz or .json, recursively)");
    }
    int slices = options.partitions() > 0 ? options.partitions() : files.size();

    JavaRDD<FileRead> firstReads =
        jsc.parallelize(files, slices)
            .mapPartitions(
                (Iterator<HourFile> it) -> {
                  HourReading reading = new HourReading(hadoop);
                  List<FileRead> out = new ArrayList<>();
                  it.forEachRemaining(f -> out.add(reading.read(f, new long[0])));
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());

    // Same name and bytes as an earlier file: skipped, as the embedded ledger skips it.
    List<Tuple2<Integer, String>> keys =
        firstReads
            .filter(FileRead::readable)
            .map(r -> new Tuple2<>(r.file().order(), r.fileKey()))
            .collect();
    Set<Integer> kept = new HashSet<>();
    Set<String> seen = new HashSet<>();
    keys.stream()
        .sorted((a, b) -> Integer.compare(a._1(), b._1()))
        .forEach(
            k -> {
              if (seen.add(k._2())) {
                kept.add(k._1());
              }
            });
    Broadcast<Set<Integer>> keptFiles = jsc.broadcast(kept);
    JavaRDD<FileRead> keptReads =
        firstReads.filter(r -> r.readable() && keptFiles.value().contains(r.file().order()));

    // Events of earlier files, by the later files that hold them too.
    Map<Integer, long[]> storedEarlier =
        new HashMap<>(
            keptReads
                .flatMapToPair(
                    r -> {
                      long[] eventKeys = r.aggregate().eventKeys();
                      List<Tuple2<Long, Integer>> pairs = new ArrayList<>(eventKeys.length);
                      for (long k : eventKeys) {
                        pairs.add(new Tuple2<>(k, r.file().order()));
                      }
                      return pairs.iterator();
                    })
                .groupByKey()
                .flatMapToPair(GhArchiveSparkJob::laterFiles)
                .groupByKey()
                .mapValues(GhArchiveSparkJob::sortedKeys)
                .collectAsMap());
    Broadcast<Map<Integer, long[]>> earlier = jsc.broadcast(storedEarlier);
    JavaRDD<FileRead> finalReads =
        keptReads
            .mapPartitions(
                (Iterator<FileRead> it) -> {
                  HourReading reading = new HourReading(hadoop);
                  List<FileRead> out = new ArrayList<>();
                  it.forEachRemaining(
                      r -> {
                        long[] stored = earlier.value().get(r.file().order());
                        out.add(stored == null ? r : reading.read(r.file(), stored));
                      });
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());

    for (ParquetTables table : ParquetTables.values()) {
      JavaRDD<Row> rows = finalReads.flatMap(r -> table.rows(r).iterator());
      Dataset<Row> frame = spark.createDataFrame(rows, table.schema());
      frame
          .repartition(functions.col(ParquetTables.FILE_DAY))
          .sortWithinPartitions(ParquetTables.FILE_ORDER)
          .write()
          .partitionBy(ParquetTables.FILE_DAY)
          .parquet(options.output() + "/" + table.table());
    }

    List<HourManifest> manifests =
        finalReads.map(r -> r.aggregate().manifest()).collect(); // in commit order
    List<String> problems = new ArrayList<>();
    boolean failed = false;
    long events = 0;
    for (FileRead unreadable : firstReads.filter(r -> !r.readable()).collect()) {
      problems.add(unreadable.error());
      failed = true;
    }
    for (HourManifest m : manifests) {
      events += m.events();
      if (m.status() == HourStatus.PARTIAL || m.status() == HourStatus.CORRUPT) {
        failed = true;
        problems.add(m.fault());
      }
      if (m.malformed() > 0) {
        problems.add(
            String.format(
                Locale.ROOT, "%s: %,d malformed lines skipped", m.fileName(), m.malformed()));
        m.malformedSamples().stream().map(MalformedLine::describe).forEach(problems::add);
      }
    }
    firstReads.unpersist();
    finalReads.unpersist();
    return new JobSummary(
        files.size(),
        manifests.size(),
        keys.size() - kept.size(),
        events,
        (System.nanoTime() - started) / 1e9,
        failed,
        problems);
  }

  /** For an event in several files: (file, event) for each file but the first. */
  private static Iterator<Tuple2<Integer, Long>> laterFiles(Tuple2<Long, Iterable<Integer>> key) {
    List<Integer> orders = new ArrayList<>();
    key._2().forEach(orders::add);
    if (orders.size() < 2) {
      return java.util.Collections.emptyIterator();
    }
    int first = orders.stream().mapToInt(Integer::intValue).min().orElseThrow();
    List<Tuple2<Integer, Long>> later = new ArrayList<>(orders.size() - 1);
    for (int order : orders) {
      if (order != first) {
        later.add(new Tuple2<>(order, key._1()));
      }
    }
    return later.iterator();
  }

  private static long[] sortedKeys(Iterable<Long> keys) {
    List<Long> list = new ArrayList<>();
    keys.forEach(list::add);
    long[] sorted = list.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }
}
