package io.reposignal.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an article into a folder: {@code D.md} with its chart PNGs {@code D-ID.png}, {@code
 * D.html}, and the archive {@code index.html}. Each file is written beside its target and moved
 * into place, so a reader never sees half a file.
 */
public final class ReportWriter {
  private final MarkdownArticle markdown = new MarkdownArticle();
  private final HtmlArticle html = new HtmlArticle();

  /**
   * The files written, in the order written.
   *
   * @param files their paths
   */
  public record Written(List<Path> files) {
    public Written {
      files = List.copyOf(files);
    }
  }

  public Written write(Article article, Path dir) {
    requireNonNull(article, "article is null");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      List<ChartSpec> charts = Charts.of(article);
      String day = article.day().toString();
      for (ChartSpec chart : charts) {
        written.add(put(dir.resolve(day + "-" + chart.id() + ".png"), PngCharts.png(chart)));
      }
      // A chart the day's data no longer has (a re-run on other data) must not linger beside it.
      for (String id : Charts.IDS) {
        if (charts.stream().noneMatch(chart -> chart.id().equals(id))) {
          Files.deleteIfExists(dir.resolve(day + "-" + id + ".png"));
        }
      }
      written.add(put(dir.resolve(day + ".md"), utf8(markdown.render(article, charts))));
      written.add(put(dir.resolve(day + ".html"), utf8(html.render(article, charts))));
      written.add(
          put(dir.resolve("index.html"), utf8(ArchiveIndex.render(ArchiveIndex.scan(dir)))));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the article into " + dir + ": " + e.getMessage(), e);
    }
    return new Written(written);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Path put(Path target, byte[] bytes) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + ".part");
    Files.write(temp, bytes);
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }
}
