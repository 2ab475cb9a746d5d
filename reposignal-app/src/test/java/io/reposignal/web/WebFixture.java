package io.reposignal.web;

import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A database for the web tests, built once per test JVM: nine real snapshot days (2026-01-24 to
 * 2026-02-01, in which clawdbot/clawdbot became openclaw/openclaw), each copied to a temporary
 * folder with one hostile repository appended, whose description carries markup, a script, a
 * javascript: link, Markdown, ANSI escapes and a right-to-left override. The hostile text goes
 * through the real ingester, as it would from a real snapshot file. A reports folder beside it
 * holds one report.
 */
final class WebFixture {
  static final LocalDate FIRST = LocalDate.parse("2026-01-03");
  static final LocalDate LAST = LocalDate.parse("2026-02-01");
  static final String HOSTILE_REPO = "evil-org/evil-repo";

  /** What the hostile repository's description says, exactly. */
  static final String HOSTILE_DESCRIPTION =
      "<script>alert('xss')</script></script><img src=x onerror=alert(1)>"
          + " [click me](javascript:alert(2)) <a href=\"javascript:alert(3)\">link</a>"
          + " **bold** _md_ \u001b[31mred\u001b[0m \u202Eevil\u202C & \"quotes\" 'single'";

  private static Path root;

  private WebFixture() {}

  static synchronized Path database() {
    if (root == null) {
      root = build();
    }
    return root.resolve("web.duckdb");
  }

  static Path reports() {
    return database().resolveSibling("reports");
  }

  private static Path build() {
    try {
      Path dir = Files.createTempDirectory("reposignal-web");
      Path snapshots = Files.createDirectories(dir.resolve("snapshots"));
      int day = 0;
      for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1), day++) {
        String name = "github-ranking-" + d + ".csv.gz";
        copyWithHostileRow(SharedData.rankings().resolve(name), snapshots.resolve(name), d, day);
      }
      try (Store store = Store.open(dir.resolve("web.duckdb"))) {
        RankingsIngester.Report report =
            new RankingsIngester(store, new RankingsIngester.Listener() {})
                .ingest(List.of(snapshots), false);
        if (report.hasProblems()) {
          throw new IllegalStateException("the web test snapshots did not ingest: " + report);
        }
      }
      Path reports = Files.createDirectories(dir.resolve("reports"));
      Files.writeString(
          reports.resolve(LAST + ".html"),
          "<!DOCTYPE html><html><head><title>Report</title></head><body><h1>Trend report of "
              + LAST
              + "</h1></body></html>");
      Files.writeString(reports.resolve(LAST + ".md"), "# Trend report of " + LAST + "\n");
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyWithHostileRow(Path from, Path to, LocalDate date, int index)
      throws IOException {
    String csv;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(from))) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int stars = 600_000 + index * 20_000;
    String quoted = "\"" + HOSTILE_DESCRIPTION.replace("\"", "\"\"") + "\"";
    String row =
        String.join(
            ",",
            "101",
            "top-100-stars",
            "evil-repo",
            Integer.toString(stars),
            "10",
            "JavaScript",
            "https://github.com/" + HOSTILE_REPO,
            "evil-org",
            "1",
            date + "T00:00:00Z",
            quoted);
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(to)), StandardCharsets.UTF_8))) {
      out.write(csv.endsWith("\n") ? csv : csv + "\n");
      out.write(row);
      out.write("\n");
    }
  }
}
