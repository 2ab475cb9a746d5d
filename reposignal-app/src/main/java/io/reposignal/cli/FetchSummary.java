package io.reposignal.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.reposignal.fetch.DownloadOutcome;
import io.reposignal.fetch.DownloadResult;
import io.reposignal.fetch.FetchReport;
import io.reposignal.fetch.MissingLedger;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end of a fetch: a text summary on standard error and, with --json, a JSON object on stdout.
 */
final class FetchSummary {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FetchSummary() {}

  private record FailedFile(
      @JsonProperty("file") String file, @JsonProperty("error") String error) {}

  static void print(
      PrintWriter out,
      PrintWriter err,
      String source,
      String from,
      String to,
      FetchReport report,
      boolean json) {
    List<DownloadResult> missing = report.with(DownloadOutcome.MISSING);
    List<DownloadResult> failed = report.with(DownloadOutcome.FAILED);
    double seconds = report.elapsed().toMillis() / 1000.0;
    err.printf(
        Locale.ROOT,
        "fetch %s %s to %s: %d files: %d downloaded (%s in %.1f s%s), %d already present, %d"
            + " missing, %d failed%n",
        source,
        from,
        to,
        report.results().size(),
        report.count(DownloadOutcome.DOWNLOADED),
        DownloadProgress.bytes(report.bytesDownloaded()),
        seconds,
        DownloadProgress.rate(report.bytesDownloaded(), report.elapsed()),
        report.count(DownloadOutcome.ALREADY_PRESENT),
        missing.size(),
        failed.size());
    if (!missing.isEmpty()) {
      err.println(
          "missing at the source (listed in "
              + report.directory().resolve(MissingLedger.FILE_NAME)
              + ", asked for again next time): "
              + String.join(", ", missing.stream().map(r -> r.download().fileName()).toList()));
    }
    for (DownloadResult result : failed) {
      err.println("failed: " + result.download().fileName() + ": " + result.problem());
    }
    if (!failed.isEmpty()) {
      err.println("run the same command again to resume the failed files");
    }
    err.println("files are in " + report.directory());
    err.flush();
    if (json) {
      out.println(toJson(source, from, to, report));
      out.flush();
    }
  }

  static String toJson(String source, String from, String to, FetchReport report) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("source", source);
    summary.put("base_url", report.baseUrl().toString());
    summary.put("dir", report.directory().toString());
    summary.put("from", from);
    summary.put("to", to);
    summary.put("files", report.results().size());
    summary.put("downloaded", report.count(DownloadOutcome.DOWNLOADED));
    summary.put("already_present", report.count(DownloadOutcome.ALREADY_PRESENT));
    summary.put("missing", report.count(DownloadOutcome.MISSING));
    summary.put("failed", report.count(DownloadOutcome.FAILED));
    summary.put("bytes_downloaded", report.bytesDownloaded());
    summary.put("seconds", report.elapsed().toMillis() / 1000.0);
    summary.put(
        "missing_files",
        report.with(DownloadOutcome.MISSING).stream().map(r -> r.download().fileName()).toList());
    summary.put(
        "failed_files",
        report.with(DownloadOutcome.FAILED).stream()
            .map(r -> new FailedFile(r.download().fileName(), r.problem()))
            .toList());
    summary.put("ledger", report.directory().resolve(MissingLedger.FILE_NAME).toString());
    try {
      return JSON.writeValueAsString(summary);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the fetch summary as JSON", e);
    }
  }
}
