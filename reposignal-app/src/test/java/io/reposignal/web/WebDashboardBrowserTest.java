package io.reposignal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium
 * with the driver path set, so nothing is downloaded), against the real server on loopback over
 * real snapshot days: pages load without console errors, charts draw, filters change the table, the
 * search finds a renamed repository by its old name, and hostile repository text stays text. Each
 * page's screenshot is written to target/screenshots/.
 */
final class WebDashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static Store store;
  private static WebServer server;
  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Chromium and ChromeDriver are missing; install them with `apt-get install -y chromium"
              + " chromium-driver` (bin/test does so on a fresh machine)");
    }
    store = Store.openReadOnly(WebFixture.database());
    server = WebServer.start(store, new WebServer.Options("127.0.0.1", 0, WebFixture.reports(), 2));
    profile = Files.createTempDirectory("reposignal-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      server.close();
      store.close();
      deleteTree(profile);
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** Opens a page and checks that it loaded without console errors and with no script alert. */
  private static void open(String path) {
    browser.get(url(path));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertNoAlert();
  }

  private static void assertNoConsoleErrors(String page) {
    List<LogEntry> severe =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
    assertThat(severe).as("browser console warnings and errors on %s", page).isEmpty();
  }

  private static void assertNoAlert() {
    try {
      String text = browser.switchTo().alert().getText();
      browser.switchTo().alert().dismiss();
      throw new AssertionError("a script ran and raised an alert: " + text);
    } catch (NoAlertPresentException expected) {
      // no script of the page's data ran
    }
  }

  /** Waits for the chart in {@code id} to be drawn and checks its canvas has painted pixels. */
  private static void assertChartDrawn(String id) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> "true".equals(d.findElement(By.id(id)).getAttribute("data-drawn")));
    Object painted =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var c = document.querySelector('#' + arguments[0] + ' canvas');"
                    + " if (!c || c.width === 0 || c.height === 0) return 0;"
                    + " var p = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + " var n = 0; for (var i = 3; i < p.length; i += 4) { if (p[i] !== 0) n++; }"
                    + " return n;",
                id);
    assertThat(((Number) painted).longValue()).as("painted pixels of %s", id).isGreaterThan(1000);
  }

  private static void screenshot(String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<String> column(String table, int index) {
    return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).get(index).getText())
        .toList();
  }

  @Test
  void signalWindow_loads_drawsItsChartWithoutConsoleErrors() throws IOException {
    open("/?as_of=" + WebFixture.LAST);

    assertChartDrawn("chart-gains");
    assertThat(browser.findElements(By.cssSelector("#signals-table tbody tr"))).hasSize(50);
    assertThat(browser.findElement(By.cssSelector("#filter-momentum")).isEnabled()).isTrue();
    assertThat(column("signals-table", 5)).doesNotContain("n/a"); // every window member has a score
    screenshot("signals");
    assertNoConsoleErrors("the signal window");
  }

  @Test
  void languageFilter_changed_changesTheTable() {
    open("/?as_of=" + WebFixture.LAST);
    List<String> before = column("signals-table", 1);

    new Select(browser.findElement(By.id("filter-language"))).selectByValue("Rust");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("language=Rust"));
    open(browser.getCurrentUrl().substring(url("").length()));

    assertThat(column("signals-table", 2)).isNotEmpty().allMatch("Rust"::equals);
    assertThat(column("signals-table", 1)).isNotEqualTo(before);
    assertNoConsoleErrors("the filtered signal window");
  }

  @Test
  void momentumFilter_changed_changesTheTable() {
    open("/?as_of=" + WebFixture.LAST);
    List<String> before = column("signals-table", 1);
    String someClass =
        column("signals-table", 4).stream().filter(c -> !c.equals("n/a")).findFirst().orElseThrow();

    new Select(browser.findElement(By.id("filter-momentum"))).selectByValue(someClass);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("momentum=" + someClass));
    open(browser.getCurrentUrl().substring(url("").length()));

    assertThat(column("signals-table", 4)).isNotEmpty().allMatch(someClass::equals);
    assertThat(column("signals-table", 1)).isNotEqualTo(before);
    assertNoConsoleErrors("the signal window filtered by momentum");
  }

  @Test
  void windowFilter_changed_ranksByTheOtherGain() {
    open("/?rank_by=gain&as_of=" + WebFixture.LAST);
    List<String> week = column("signals-table", 1);

    new Select(browser.findElement(By.id("filter-window"))).selectByValue("24h");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("window=24h"));
    open(browser.getCurrentUrl().substring(url("").length()));

    assertThat(column("signals-table", 1)).isNotEqualTo(week);
    assertNoConsoleErrors("the 24h signal window");
  }

  @Test
  void searchBox_oldName_findsTheRenamedRepository() throws IOException {
    open("/");
    WebElement box = browser.findElement(By.id("search-q"));
    box.sendKeys("clawdbot");
    box.submit();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.id("search-results")).isEmpty());

    assertThat(column("search-results", 0)).contains("openclaw/openclaw");
    screenshot("search");
    browser.findElement(By.linkText("openclaw/openclaw")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.id("repo-name")).isEmpty());

    assertThat(browser.findElement(By.id("repo-name")).getText()).isEqualTo("openclaw/openclaw");
    assertChartDrawn("chart-history");
    assertThat(browser.findElement(By.id("momentum-history")).getText())
        .as("first observed 2026-01-27: too short a history for a class")
        .contains("too short");
    screenshot("repo");
    assertNoConsoleErrors("the repository page");
  }

  @Test
  void repoPage_classifiedRepository_listsItsMomentumChangesAndReasons() throws IOException {
    open("/repos/anthropics/skills");

    assertThat(browser.findElements(By.cssSelector("#momentum-history tbody tr"))).isNotEmpty();
    assertThat(browser.findElement(By.id("momentum-latest")).getText())
        .contains(WebFixture.LAST.toString())
        .contains("score");
    assertThat(browser.findElements(By.cssSelector("#momentum-reasons li"))).isNotEmpty();
    screenshot("repo-momentum");
    assertNoConsoleErrors("a classified repository's page");
  }

  @Test
  void repoPage_oldNameInTheAddress_saysItWasRenamed() {
    open("/repos/clawdbot/clawdbot");

    assertThat(browser.findElement(By.id("repo-name")).getText()).isEqualTo("openclaw/openclaw");
    assertThat(browser.findElement(By.id("renamed-notice")).getText())
        .contains("clawdbot/clawdbot");
    assertNoConsoleErrors("the repository page under an old name");
  }

  @Test
  void languageMap_loads_drawsItsChart() throws IOException {
    open("/languages?as_of=" + WebFixture.LAST);

    assertChartDrawn("chart-languages");
    assertThat(browser.findElements(By.cssSelector("#languages-table tbody tr"))).isNotEmpty();
    screenshot("languages");
    assertNoConsoleErrors("the language map");
  }

  @Test
  void clustersAndArchive_load_sayWhatTheyHave() throws IOException {
    open("/clusters?as_of=" + WebFixture.LAST);
    assertThat(
            browser.findElements(By.cssSelector("#clusters-table tbody tr")).size()
                + browser.findElements(By.id("clusters-empty")).size())
        .isPositive();
    screenshot("clusters");
    assertNoConsoleErrors("the clusters page");

    open("/reports");
    assertThat(browser.findElement(By.id("reports-list")).getText())
        .contains("Trend report of " + WebFixture.LAST);
    screenshot("reports");
    assertNoConsoleErrors("the article archive");
  }

  @Test
  void everyPage_linksBothAtomFeeds() {
    for (String path : List.of("/", "/languages", "/clusters", "/reports", "/search?q=x")) {
      open(path);
      List<String> feeds =
          browser
              .findElements(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
              .stream()
              .map(link -> link.getAttribute("href"))
              .toList();
      assertThat(feeds)
          .as(path)
          .containsExactly(url("/feeds/articles.atom"), url("/feeds/breakouts.atom"));
    }
  }

  @Test
  void hostileRepositoryText_showsAsTextOnEveryPage() throws IOException {
    Map<String, By> pages =
        Map.of(
            "/?as_of=" + WebFixture.LAST + "&language=JavaScript",
            By.cssSelector("#signals-table td.desc"),
            "/repos/" + WebFixture.HOSTILE_REPO,
            By.id("repo-description"),
            "/search?q=evil-repo",
            By.id("search-results"));
    for (Map.Entry<String, By> page : pages.entrySet()) {
      open(page.getKey());

      String shown =
          browser.findElements(page.getValue()).stream()
              .map(WebElement::getText)
              .reduce("", String::concat);
      if (!page.getKey().startsWith("/search")) {
        assertThat(shown).as(page.getKey()).contains("<script>alert('xss')</script>");
        assertThat(shown).contains("[click me](javascript:alert(2))").contains("**bold**");
      } else {
        assertThat(shown).contains(WebFixture.HOSTILE_REPO);
      }
      Object injected =
          ((JavascriptExecutor) browser)
              .executeScript(
                  "return document.querySelectorAll('main img, main a[href^=\"javascript\"],"
                      + " main script:not([type=\"application/json\"])').length");
      assertThat(((Number) injected).intValue())
          .as("markup injected on %s", page.getKey())
          .isZero();
      assertNoAlert();
      assertNoConsoleErrors(page.getKey());
    }
    open("/repos/" + WebFixture.HOSTILE_REPO);
    screenshot("hostile-repo");
  }

  private static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
