package io.reposignal.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;

/**
 * Renders an article as Markdown (GitHub-flavoured: tables). The template is plain text, so every
 * untrusted value in it goes through {@link Markdown}; chart images are linked by relative name.
 */
public final class MarkdownArticle {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(null, ContentType.Plain, null, "gg.jte.generated.plain");

  public String render(Article article, List<ChartSpec> charts) {
    StringOutput out = new StringOutput();
    TEMPLATES.render("report/article.jte", Map.of("a", article, "charts", charts), out);
    return out.toString();
  }
}
