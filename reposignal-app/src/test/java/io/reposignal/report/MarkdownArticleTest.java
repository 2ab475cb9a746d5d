package io.reposignal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

final class MarkdownArticleTest {
  private static final Parser GFM =
      Parser.builder()
          .extensions(List.of(AutolinkExtension.create(), TablesExtension.create()))
          .build();

  private final Article article = HostileArticle.build();
  private final String markdown = new MarkdownArticle().render(article, Charts.of(article));
  private final Node document = GFM.parse(markdown);

  @Test
  void render_hostileText_makesNoHtmlAndNoForeignLinks() {
    List<String> html = new ArrayList<>();
    List<String> links = new ArrayList<>();
    List<String> images = new ArrayList<>();
    List<String> code = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlInline node) {
            html.add(node.getLiteral());
          }

          @Override
          public void visit(HtmlBlock node) {
            html.add(node.getLiteral());
          }

          @Override
          public void visit(Link node) {
            links.add(node.getDestination());
            visitChildren(node);
          }

          @Override
          public void visit(Image node) {
            images.add(node.getDestination());
          }

          @Override
          public void visit(Code node) {
            code.add(node.getLiteral());
          }
        });

    assertThat(html).isEmpty();
    assertThat(links).isNotEmpty().allMatch("https://github.com/good-owner/good.repo"::equals);
    assertThat(images)
        .containsExactly(
            "2026-02-27-languages.png", "2026-02-27-velocity.png", "2026-02-27-curves.png");
    assertThat(code)
        .containsExactly(
            "reposignal forecast --as-of 2026-02-27",
            "reposignal track-record",
            "reposignal languages --json");
  }

  @Test
  void render_tables_keepTheirShapeDespitePipesInText() {
    List<TableBlock> tables = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof TableBlock table) {
        tables.add(table);
      }
    }

    assertThat(tables).hasSize(3);
    assertThat(markdown.lines().filter(l -> l.startsWith("| ")))
        .allSatisfy(
            line ->
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
                    .isIn(6L, 9L));
  }

  @Test
  void render_controlCharacters_neverReachTheText() {
    assertThat(markdown.codePoints())
        .noneMatch(c -> c != '\n' && UntrustedText.isInvisibleControl(c));
    assertThat(markdown).contains("\\\\u001b\\[31mred alert\\\\u001b\\[0m");
  }
}
