package io.reposignal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import io.reposignal.testing.Chromium;
import io.reposignal.testing.SynthHours;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article of a store of GH Archive alone (synthetic hours of a plan written here: a breakout, a
 * steady repository and a bought burst of fresh accounts, no snapshots): figures from the events,
 * the sections that need snapshots say why they are empty, and the data notes name the source, its
 * hours and the stars flagged as suspicious.
 */
final class GhArchiveArticleTest {
  private static final String PLAN =
      """
      {"repos": [
       {"name": "lift/off", "pattern": "breakout", "start": "2026-04-02",
        "daily": [10, 60, 300, 700, 800]},
       {"name": "even/keel", "pattern": "sustained", "start": "2026-04-01",
        "daily": [90, 95, 92, 97, 94, 96]},
       {"name": "bought/stars", "pattern": "fake-burst", "day": "2026-04-05", "hour": 9,
        "stars": 700}
      ]}
      """;

  private static final LocalDate LAST_DAY = LocalDate.of(2026, 4, 6);

  @TempDir static Path dir;
  private static Store store;

  @BeforeAll
  static void ingestTheHours() throws Exception {
    store = Store.open(SynthHours.ingestPlanned(dir, PLAN, "2026-04-01T00", 144, 400, 20_000, 11));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Article article(LocalDate day) {
    return ArticleBuilder.forStore(store).build(day);
  }

  @Test
  void build_noDay_theLastDayOfTheHours() {
    assertThat(article(null).day()).isEqualTo(LAST_DAY);
  }

  @Test
  void dataNotes_eventsOnly_nameGhArchiveAndItsHours() {
    DataNotes notes = article(LAST_DAY).notes();

    assertThat(notes.snapshots()).isFalse();
    assertThat(notes.sourceNote())
        .startsWith("Source: GH Archive's hourly event files alone, 2026-04-01 to 2026-04-06")
        .contains("6 days with events up to 2026-04-06");
    assertThat(notes.gharchiveNote())
        .isEqualTo(
            "GH Archive hours from 2026-04-01 to 2026-04-06: 144 read whole, 0 partly, 0 missing"
                + " or unreadable (reposignal coverage lists them by day).");
    assertThat(notes.events()).isEmpty();
    assertThat(notes.reproductions()).noneMatch(r -> r.command().contains("reposignal clusters"));
  }

  @Test
  void dataNotes_boughtBurstInTheWeek_namedWithItsStarsAndKeptOutOfTheWindow() {
    Article article = article(LAST_DAY);

    assertThat(article.notes().suspiciousNote())
        .startsWith("Suspicious stars: ")
        .contains("from 2026-03-31 to 2026-04-06 on 1 repository")
        .contains("(the most: bought/stars, ")
        .contains("on 2026-04-05), left out of every trusted figure; 0 of them were in");
    assertThat(article.velocity().week())
        .extracting(row -> row.repo().repo())
        .doesNotContain("bought/stars")
        .contains("lift/off", "even/keel");
  }

  @Test
  void dataNotes_weekBeforeTheBurst_noneFlagged() {
    assertThat(article(LocalDate.of(2026, 4, 3)).notes().suspiciousNote())
        .isEqualTo(
            "Suspicious stars: none flagged from 2026-03-28 to 2026-04-03 in the GH Archive hours"
                + " read, so trusted figures equal raw ones.");
  }

  @Test
  void sectionsThatNeedSnapshots_sayWhy() {
    Article article = article(LAST_DAY);

    assertThat(article.clusters().unavailable()).contains("this database has no snapshots");
    assertThat(article.calls().unavailable()).contains("learns from the daily star snapshots");
    assertThat(article.headline().title()).doesNotContain("(none)");
  }

  @Test
  void write_inChromium_drawsEveryChartItHas() throws Exception {
    Path out = dir.resolve("chromium");
    new ReportWriter().write(article(LAST_DAY), out);

    Document dom = Jsoup.parse(Chromium.dumpDom(out.resolve(LAST_DAY + ".html"), dir));

    assertThat(dom.select("div.chart"))
        .extracting(chart -> chart.id())
        .contains("chart-velocity")
        .doesNotContain("chart-languages");
    assertThat(dom.select("div.chart"))
        .allSatisfy(
            chart -> {
              assertThat(chart.attr("data-chart-drawn")).as(chart.id()).isEqualTo("true");
              assertThat(chart.select("canvas")).as(chart.id()).hasSize(1);
            });
  }

  @Test
  void write_unknownStarTotalsAndLanguages_saysSoAndLeavesNoLanguageChart() throws Exception {
    Path out = dir.resolve("reports");
    // a languages chart left by an earlier run on other data
    Files.createDirectories(out);
    Files.write(out.resolve(LAST_DAY + "-languages.png"), new byte[] {1});
    new ReportWriter().write(article(LAST_DAY), out);
    String markdown = Files.readString(out.resolve(LAST_DAY + ".md"), StandardCharsets.UTF_8);

    assertThat(markdown)
        .contains("| n/a |")
        .contains("No repository in the window has a known language")
        .contains("its window started before GH Archive saw it")
        .contains("Source: GH Archive's hourly event files alone");
    assertThat(markdown).doesNotContain("-languages.png");
    assertThat(out.resolve(LAST_DAY + "-languages.png")).doesNotExist();
    assertThat(Files.readString(out.resolve(LAST_DAY + ".html"), StandardCharsets.UTF_8))
        .contains("bought/stars")
        .doesNotContain("id=\"chart-languages\"");
  }
}
