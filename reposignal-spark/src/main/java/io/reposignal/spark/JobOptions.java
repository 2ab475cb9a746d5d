package io.reposignal.spark;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The job's command line: {@code --input DIR --output DIR [--master URL] [--partitions N]}.
 *
 * @param master the Spark master, or null to take the one spark-submit set
 * @param partitions how many tasks read files (0: one per file)
 */
public record JobOptions(String input, String output, String master, int partitions) {
  static final String USAGE =
      "usage: reposignal-spark --input DIR --output DIR [--master URL] [--partitions N]\n"
          + "  --input DIR       GH Archive hour files (.json.gz or .json, searched recursively) on"
          + " any Hadoop file system: file:///data/gharchive, hdfs://nn/gharchive,"
          + " s3a://bucket/gharchive\n"
          + "  --output DIR      a new folder for the Parquet tables (it must not exist yet)\n"
          + "  --master URL      local[2], yarn, spark://host:7077...; default: the one"
          + " spark-submit sets\n"
          + "  --partitions N    how many tasks read the files; default: one task per file";

  public JobOptions {
    requireNonNull(input, "input is null");
    requireNonNull(output, "output is null");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be >= 0, was " + partitions);
    }
  }

  /** Parses the arguments; throws {@link IllegalArgumentException} with the usage on a mistake. */
  public static JobOptions parse(List<String> args) {
    String input = null;
    String output = null;
    String master = null;
    int partitions = 0;
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
      }
      String value = args.get(++i);
      switch (name) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--master" -> master = value;
        case "--partitions" -> partitions = positive(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required\n" + USAGE);
    }
    return new JobOptions(input, output, master, partitions);
  }

  private static int positive(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--partitions must be a whole number >= 1, was \"" + value + "\"\n" + USAGE);
  }
}
