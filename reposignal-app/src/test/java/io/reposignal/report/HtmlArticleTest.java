package io.reposignal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.testing.Chromium;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HtmlArticleTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final Article article = HostileArticle.build();
  private final List<ChartSpec> charts = Charts.of(article);
  private final String html = new HtmlArticle().render(article, charts);
  private final Document page = Jsoup.parse(html);

  @Test
  void render_hostileText_addsNoElements() {
    assertThat(
            page.select(
                "img, iframe, object, embed, svg, math, form, base, link, meta[http-equiv=refresh]"))
        .isEmpty();
    assertThat(page.select("script")).hasSize(4);
    assertThat(page.select("script[type=application/json]")).hasSize(2);
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.getAllElements())
        .allSatisfy(
            e ->
                assertThat(e.attributes().asList())
                    .noneMatch(
                        a -> a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")));
  }

  @Test
  void render_hostileNames_linkOnlyToValidatedGitHubPages() {
    Elements links = page.select("a[href]");

    assertThat(links).isNotEmpty();
    assertThat(links.eachAttr("href"))
        .allMatch(
            href ->
                href.equals("index.html")
                    || href.equals("https://github.com/good-owner/good.repo"));
    assertThat(page.select("span.repo").eachText()).contains("evil/" + HostileArticle.SCRIPT);
  }

  @Test
  void render_hostileText_isShownAsText() {
    String text = page.body().text();

    assertThat(text)
        .contains(
            HostileArticle.SCRIPT,
            HostileArticle.IMG,
            HostileArticle.MD_LINK,
            "\\u001b[31mred alert\\u001b[0m",
            "harmless\\u202egnp.exe");
    assertThat(page.title()).startsWith(HostileArticle.SCRIPT);
  }

  @Test
  void render_controlCharacters_neverReachThePage() {
    assertThat(html.codePoints())
        .noneMatch(c -> c != '\n' && c != '\r' && c != '\t' && UntrustedText.isInvisibleControl(c));
  }

  @Test
  void render_chartData_isTheChartsAsJsonDespiteClosingTags() throws Exception {
    Element data = page.getElementById("chart-data");

    assertThat(data.data()).doesNotContain("<");
    JsonNode parsed = JSON.readTree(data.data());
    assertThat(parsed).isEqualTo(JSON.readTree(JSON.writeValueAsString(charts)));
    assertThat(parsed.toString()).contains(HostileArticle.BREAKOUT.replace("\"", "\\\""));
  }

  @Test
  void render_contentSecurityPolicy_allowsOnlyThePagesOwnScriptsAndNoFetch() {
    String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    List<Element> scripts = page.select("script:not([type])").stream().toList();

    assertThat(policy).startsWith("default-src 'none';");
    assertThat(scripts).hasSize(2);
    for (Element script : scripts) {
      assertThat(policy).contains(HtmlArticle.hash(script.data()));
    }
  }

  @Test
  void render_inChromium_runsNoInjectedScriptAndDrawsTheCharts() throws Exception {
    Path file = dir.resolve("hostile.html");
    Files.writeString(file, html, StandardCharsets.UTF_8);

    Document dom = Jsoup.parse(Chromium.dumpDom(file, dir));

    assertThat(dom.title()).isNotEqualTo("pwned").startsWith(HostileArticle.SCRIPT);
    assertThat(dom.select("img, iframe")).isEmpty();
    for (ChartSpec chart : charts) {
      Element element = dom.getElementById("chart-" + chart.id());
      assertThat(element.attr("data-chart-drawn")).as(chart.id()).isEqualTo("true");
      assertThat(element.select("canvas")).as(chart.id()).isNotEmpty();
    }
  }
}
