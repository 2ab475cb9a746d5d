package io.reposignal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ArchiveIndexTest {
  @TempDir Path dir;

  private static String article(String title) {
    return "<html><script type=\"application/json\" id=\"article-meta\">"
        + UntrustedText.forScriptJson("{\"day\":\"x\",\"title\":\"" + title + "\"}")
        + "</script></html>";
  }

  @Test
  void scan_articles_newestFirstWithTitles() throws Exception {
    Files.writeString(dir.resolve("2026-01-02.html"), article("older"));
    Files.writeString(dir.resolve("2026-03-04.html"), article("newer"));
    Files.writeString(dir.resolve("index.html"), "not an article");
    Files.writeString(dir.resolve("2026-13-45.html"), article("not a date"));
    Files.writeString(dir.resolve("2026-02-01.md"), "markdown");

    assertThat(ArchiveIndex.scan(dir))
        .containsExactly(
            new ArchiveIndex.Entry(LocalDate.of(2026, 3, 4), "2026-03-04.html", "newer"),
            new ArchiveIndex.Entry(LocalDate.of(2026, 1, 2), "2026-01-02.html", "older"));
  }

  @Test
  void scan_articleWithoutMeta_isListedByDateOnly() throws Exception {
    Files.writeString(dir.resolve("2026-01-02.html"), "<html>hand-made</html>");

    assertThat(ArchiveIndex.scan(dir)).extracting(ArchiveIndex.Entry::title).containsOnlyNulls();
  }

  @Test
  void scan_bigArticle_titleReadFromItsHeadOnly() throws Exception {
    String head = article("big").replace("</html>", "") + "x".repeat(100_000);
    byte[] tail = new byte[3_000_000];
    Arrays.fill(tail, (byte) 0xff); // not UTF-8 at all: reading that far would fail
    Path file = dir.resolve("2026-01-02.html");
    Files.writeString(file, head);
    Files.write(file, tail, StandardOpenOption.APPEND);

    assertThat(ArchiveIndex.scan(dir)).extracting(ArchiveIndex.Entry::title).containsExactly("big");
  }

  @Test
  void scan_metaElementSplitAcrossReads_isFound() throws Exception {
    String padding = "x".repeat(8192 - 20);
    Files.writeString(dir.resolve("2026-01-02.html"), "<html>" + padding + article("split"));

    assertThat(ArchiveIndex.scan(dir))
        .extracting(ArchiveIndex.Entry::title)
        .containsExactly("split");
  }

  @Test
  void render_hostileTitle_isText() {
    String hostile = "<script>alert(1)</script><img src=x onerror=alert(1)>";

    Document index =
        Jsoup.parse(
            ArchiveIndex.render(
                java.util.List.of(
                    new ArchiveIndex.Entry(LocalDate.of(2026, 1, 2), "2026-01-02.html", hostile))));

    assertThat(index.select("script, img")).isEmpty();
    assertThat(index.select(".headline").text()).isEqualTo(hostile);
    assertThat(index.select("a").attr("href")).isEqualTo("2026-01-02.html");
  }
}
