package io.reposignal.cli;

import io.reposignal.error.RepoSignalException;
import io.reposignal.fetch.DownloadPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options every {@code fetch} command shares: where from, where to, and how persistently. */
final class FetchOptions {
  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The http or https URL the source's files are under, for a mirror or a test server."
              + " Default: the public source (see above).")
  String baseUrl;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "The folder to download into; created when absent. Default: a folder named after the"
              + " source beside the database file (see --db).")
  Path directory;

  @Option(
      names = "--json",
      description =
          "Also print a JSON summary object to standard output; progress and the text summary"
              + " go to standard error.")
  boolean json;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "How many files to download at once, from 1 (the polite default) to "
              + DownloadPolicy.MAX_PARALLELISM
              + ".")
  int parallel;

  @Option(
      names = "--attempts",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "How many requests to make for a file before giving up on it (1 means no retry)."
              + " Default: ${DEFAULT-VALUE}.")
  int attempts;

  @Option(
      names = "--retry-delay",
      paramLabel = "SECONDS",
      defaultValue = "1",
      description =
          "The pause before the first retry, doubled for each further retry (at most 60 s) and"
              + " varied randomly by up to half. Default: ${DEFAULT-VALUE}.")
  double retryDelaySeconds;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "How long to wait for a response to start, or for more bytes of a transfer, before"
              + " abandoning the attempt (its bytes are kept and resumed). Connecting waits at"
              + " most 10 s of it. Default: ${DEFAULT-VALUE}.")
  double timeoutSeconds;

  /** The download policy the options describe; bad values are usage errors. */
  DownloadPolicy policy() {
    if (parallel < 1 || parallel > DownloadPolicy.MAX_PARALLELISM) {
      throw RepoSignalException.usage(
          "--parallel must be between 1 and %d, was %d", DownloadPolicy.MAX_PARALLELISM, parallel);
    }
    if (attempts < 1 || attempts > 100) {
      throw RepoSignalException.usage("--attempts must be between 1 and 100, was %d", attempts);
    }
    Duration delay = seconds(retryDelaySeconds, "--retry-delay", true);
    Duration timeout = seconds(timeoutSeconds, "--timeout", false);
    Duration connect =
        timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
    Duration maxBackoff = Duration.ofSeconds(60);
    return DownloadPolicy.defaults(VersionProvider.version())
        .withAttempts(attempts)
        .withParallelism(parallel)
        .withTimeouts(connect, timeout)
        .withBackoff(delay, delay.compareTo(maxBackoff) > 0 ? delay : maxBackoff);
  }

  /** The --base-url value, or the source's default. */
  URI baseUrl(URI defaultUrl) {
    if (baseUrl == null) {
      return defaultUrl;
    }
    try {
      URI uri = new URI(baseUrl.strip());
      String scheme = uri.getScheme();
      if (uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // Reported below with the expected form.
    }
    throw RepoSignalException.usage(
        "--base-url '%s' is not an http or https URL with a host; e.g. %s", baseUrl, defaultUrl);
  }

  /** The --dir value, or the folder {@code name} beside the database file. */
  Path directory(CommandSpec spec, String name) {
    if (directory != null) {
      return directory.toAbsolutePath().normalize();
    }
    Path database = Commands.database(spec).toAbsolutePath().normalize();
    return database.resolveSibling(name);
  }

  private static Duration seconds(double value, String option, boolean zeroAllowed) {
    if (Double.isNaN(value) || value < 0 || (!zeroAllowed && value == 0) || value > 3600) {
      throw RepoSignalException.usage(
          "%s must be %s 3600 seconds, was %s",
          option, zeroAllowed ? "between 0 and" : "more than 0 and at most", value);
    }
    return Duration.ofNanos(Math.round(value * 1e9));
  }
}
