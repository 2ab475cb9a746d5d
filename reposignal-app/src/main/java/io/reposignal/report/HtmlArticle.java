package io.reposignal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an article as one self-contained HTML page: CSS, ECharts and the chart data inlined, a
 * Content-Security-Policy that forbids every network fetch and runs only the page's own two scripts
 * (pinned by hash), so even text that escaped escaping could not run.
 */
public final class HtmlArticle {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String css = Resources.text("io/reposignal/report/article.css");
  private final String initScript = Resources.text("io/reposignal/report/charts.js");
  private final String echarts = Resources.echarts();

  /**
   * What the template inlines besides the article.
   *
   * @param charts the charts the page draws
   * @param css the style sheet
   * @param echarts the ECharts library
   * @param initScript the script that draws the charts
   * @param chartJson the charts as JSON, safe inside a script element
   * @param metaJson the day and title as JSON, safe inside a script element (read by the archive)
   * @param contentSecurityPolicy the page's policy
   */
  public record Assets(
      List<ChartSpec> charts,
      String css,
      String echarts,
      String initScript,
      String chartJson,
      String metaJson,
      String contentSecurityPolicy) {}

  public String render(Article article, List<ChartSpec> charts) {
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("day", article.day().toString());
    meta.put("title", article.headline().title());
    Assets assets =
        new Assets(
            charts,
            css,
            echarts,
            initScript,
            UntrustedText.forScriptJson(json(charts)),
            UntrustedText.forScriptJson(json(meta)),
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src "
                + hash(echarts)
                + " "
                + hash(initScript));
    StringOutput out = new StringOutput();
    TEMPLATES.render("report/article.jte", Map.of("a", article, "assets", assets), out);
    return out.toString();
  }

  /** A CSP source for an inline script: 'sha256-BASE64' of its exact text. */
  static String hash(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write chart data as JSON", e);
    }
  }
}
