package io.reposignal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.forecast.ForecastLedger;
import io.reposignal.forecast.Forecaster;
import io.reposignal.forecast.WalkForward;
import io.reposignal.store.Store;
import io.reposignal.testing.Chromium;
import io.reposignal.testing.RealSnapshots;
import io.reposignal.testing.SharedData;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article of real snapshot days, written to disk: the golden Markdown, byte-for-byte
 * determinism, the archive, and the pages as Chromium draws them.
 *
 * <p>To accept a deliberate change of the article, regenerate the golden file with {@code mvn -pl
 * reposignal-app -am test -Dtest=ReportWriterTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dreposignal.updateGolden=true} (surefire passes the property on), then review the diff. The
 * golden file is read from the source tree, so an update is compared at once.
 */
final class ReportWriterTest {
  static final LocalDate GOLDEN_DAY = LocalDate.of(2026, 2, 27);
  static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);
  static final String GOLDEN = "io/reposignal/report/golden/2026-02-27.md";

  /** The chart palette's first colour (charts.js), which no other part of the page uses. */
  static final int CHART_BLUE = 0x2f6fde;

  @TempDir Path dir;

  @Test
  void write_goldenDay_markdownMatchesTheGoldenFile() throws Exception {
    write(GOLDEN_DAY, dir);
    byte[] actual = Files.readAllBytes(dir.resolve("2026-02-27.md"));

    Path golden =
        SharedData.repositoryRoot().resolve("reposignal-app/src/test/resources").resolve(GOLDEN);
    if (Boolean.getBoolean("reposignal.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, actual);
    }

    assertThat(golden).as("the golden file (see the class comment to create it)").exists();
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void write_twice_givesTheSameBytes() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    write(GOLDEN_DAY, first);
    write(GOLDEN_DAY, second);

    List<Path> files = list(first);
    assertThat(files.stream().map(p -> p.getFileName().toString()))
        .containsExactly(
            "2026-02-27-curves.png",
            "2026-02-27-languages.png",
            "2026-02-27-velocity.png",
            "2026-02-27.html",
            "2026-02-27.md",
            "index.html");
    for (Path file : files) {
      assertThat(second.resolve(file.getFileName()))
          .as(file.toString())
          .hasSameBinaryContentAs(file);
    }
  }

  @Test
  void write_twoDays_indexListsBothNewestFirst() throws Exception {
    write(GOLDEN_DAY, dir);
    write(LocalDate.of(2026, 3, 15), dir);

    Document index = Jsoup.parse(Files.readString(dir.resolve("index.html")));

    assertThat(index.select("a").eachAttr("href"))
        .containsExactly("2026-03-15.html", "2026-02-27.html");
    assertThat(index.select(".headline").eachText()).hasSize(2).allMatch(t -> !t.isBlank());
    assertThat(list(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
  }

  @Test
  void write_goldenAndLastDay_chromiumDrawsEveryChart() throws Exception {
    for (LocalDate day : List.of(GOLDEN_DAY, LAST_DAY)) {
      Path out = dir.resolve(day.toString());
      write(day, out);
      Path page = out.resolve(day + ".html");
      Path png = out.resolve("screenshot.png");

      Document dom = Jsoup.parse(Chromium.dumpDom(page, dir));
      Chromium.screenshot(page, png, 1200, 6000, dir);

      assertThat(dom.select("div.chart")).as(day.toString()).hasSize(3);
      assertThat(dom.select("div.chart"))
          .allSatisfy(
              chart -> {
                assertThat(chart.attr("data-chart-drawn")).as(chart.id()).isEqualTo("true");
                assertThat(chart.select("canvas")).as(chart.id()).hasSize(1);
              });
      BufferedImage shot = ImageIO.read(png.toFile());
      assertThat(distinctColours(shot)).as("a blank page has one colour").isGreaterThan(50);
      assertThat(count(shot, CHART_BLUE))
          .as("pixels of the chart colour, " + day)
          .isGreaterThan(5_000);
    }
  }

  @Test
  void write_goldenDay_recordsItsCallsInTheLedger() throws Exception {
    write(GOLDEN_DAY, dir);

    try (Store store = Store.open(database())) {
      assertThat(
              new ForecastLedger(store)
                  .forecast(
                      GOLDEN_DAY,
                      Forecaster.DEFAULT_HORIZON,
                      Forecaster.DEFAULT_TOP,
                      WalkForward.MODEL_VERSION))
          .hasSize(2 * Forecaster.DEFAULT_TOP);
    }
  }

  @Test
  void write_lastDay_trackRecordResolvesEarlierCalls() throws Exception {
    write(LAST_DAY, dir);

    String markdown = Files.readString(dir.resolve(LAST_DAY + ".md"));
    assertThat(markdown)
        .contains("earlier calls resolved by 2026-06-30 came true")
        .contains("[openclaw/openclaw](https://github.com/openclaw/openclaw), called 2026-03-15")
        .doesNotContain("Track record: empty");
  }

  @Test
  void write_pngCharts_areImagesOfTheirSize() throws Exception {
    write(GOLDEN_DAY, dir);

    for (String chart : List.of("languages", "velocity", "curves")) {
      BufferedImage image = ImageIO.read(dir.resolve("2026-02-27-" + chart + ".png").toFile());
      assertThat(image.getWidth()).isEqualTo(PngCharts.WIDTH);
      assertThat(image.getHeight()).isEqualTo(PngCharts.HEIGHT);
      assertThat(distinctColours(image)).as(chart).isGreaterThan(20);
    }
  }

  /**
   * A copy of the real snapshots the articles record their calls in, made once per test JVM: the
   * first article of a day makes and records its calls (seconds), later ones read them from the
   * ledger (and must come out byte for byte the same). Only the golden day's article is compared to
   * a file, and no day before it is ever forecast here, so its empty track record does not depend
   * on the order the tests run in.
   */
  private static Path database;

  static synchronized Path database() throws java.io.IOException {
    if (database == null) {
      database = RealSnapshots.copyInto(Files.createTempDirectory("reposignal-report-calls"));
    }
    return database;
  }

  static void write(LocalDate day, Path out) throws java.io.IOException {
    try (Store store = Store.open(database())) {
      Article article = ArticleBuilder.forStore(store).build(day);
      new ReportWriter().write(article, out);
    }
  }

  private static List<Path> list(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static long distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return colours.size();
  }

  private static long count(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
