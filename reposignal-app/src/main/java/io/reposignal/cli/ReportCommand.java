package io.reposignal.cli;

import io.reposignal.report.Article;
import io.reposignal.report.ArticleBuilder;
import io.reposignal.report.ReportWriter;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal report}: writes the dated trend article. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the trend article of a day, computed from the data: headline, language map,"
          + " clusters, velocity leaders, retention, a contrarian check, calls and data notes.",
      "",
      "Writes DIR/YYYY-MM-DD.md with its PNG charts beside it (DIR/YYYY-MM-DD-*.png),"
          + " DIR/YYYY-MM-DD.html (self-contained: opens offline) and DIR/index.html, the archive"
          + " of every article in DIR. The same data gives the same bytes."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description = "The article's day: the last day its figures count. Default: the latest day.")
  LocalDate asOf;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "The folder to write the article into; created when absent.")
  Path out;

  @Override
  public Integer call() {
    try (Store store = Commands.openCurrent(spec)) {
      Article article = ArticleBuilder.forStore(store).build(asOf);
      ReportWriter.Written written = new ReportWriter().write(article, out);
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "report: wrote the article of %s (%d files) into %s: %s%n",
          article.day(),
          written.files().size(),
          out,
          written.files().stream()
              .map(p -> p.getFileName().toString())
              .collect(java.util.stream.Collectors.joining(", ")));
      err.flush();
      return 0;
    }
  }
}
