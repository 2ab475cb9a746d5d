package io.reposignal.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared test and demo data beside the clone ({@code ../shared}). Tests that need it fail with
 * a clear message when it is absent, rather than skipping silently.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String configured = System.getProperty("reposignal.shared");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    Path normalized = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(normalized.resolve("data"))) {
      throw new IllegalStateException(
          "the shared test data is missing at " + normalized + "; clone next to ../shared");
    }
    return normalized;
  }

  /** The 211 real daily snapshots. */
  public static Path rankings() {
    return root().resolve("data").resolve("github-ranking");
  }

  /** One real GH Archive hour (2015-01-01-12.json.gz, 8,273 events). */
  public static Path gharchiveSample() {
    return root().resolve("data").resolve("gharchive-sample").resolve("2015-01-01-12.json.gz");
  }

  /** The development plan of planted star patterns. */
  public static Path devPlan() {
    return root().resolve("data").resolve("plans").resolve("dev-plan.json");
  }

  /** The synthetic GH Archive generator (a Python 3 script). */
  public static Path synthTool() {
    return root().resolve("tools").resolve("gharchive-synth");
  }

  /** The repository's root folder. */
  public static Path repositoryRoot() {
    String configured = System.getProperty("reposignal.root");
    return (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
  }
}
