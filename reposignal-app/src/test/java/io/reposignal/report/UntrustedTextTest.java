package io.reposignal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class UntrustedTextTest {
  private static final List<Extension> GFM =
      List.of(AutolinkExtension.create(), TablesExtension.create());
  private static final Parser MARKDOWN = Parser.builder().extensions(GFM).build();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "![pixel](https://evil.example/p.png)",
        "<javascript:alert(1)>",
        "<https://evil.example>",
        "see https://evil.example/x and www.evil.example",
        "mail me: someone@evil.example",
        "`code` and ``more``",
        "*bold* _it_ **strong** ~~gone~~",
        "[ref]\n\n[ref]: https://evil.example",
        "# heading",
        "1. numbered",
        "- listed",
        "> quoted",
        "| a | b |",
        "&lt;script&gt; &amp; &#x3C;",
        "\\<script>",
        "$x^2$ math",
        "trailing backslash \\"
      })
  void forMarkdown_hostileText_rendersAsPlainTextOnly(String hostile) {
    String line = "Description: " + UntrustedText.forMarkdown(hostile);
    for (String document : List.of(line, UntrustedText.forMarkdown(hostile), tableRow(hostile))) {
      Node parsed = MARKDOWN.parse(document);
      List<String> markup = markupNodes(parsed);
      assertThat(markup).as("markup in %s", document).isEmpty();
    }
  }

  @Test
  void forMarkdown_hostileText_keepsItsCharactersVisible() {
    String text = "[click](javascript:alert(1)) <b>x</b>";

    String rendered = textOf(MARKDOWN.parse(UntrustedText.forMarkdown(text)));

    assertThat(rendered).isEqualTo(text);
  }

  @Test
  void forMarkdown_url_isDefangedVisibly() {
    String rendered =
        textOf(MARKDOWN.parse(UntrustedText.forMarkdown("https://evil.example www.x.org a@b.org")));

    assertThat(rendered).isEqualTo("https[:]//evil.example www[.]x.org a[@]b.org");
  }

  @Test
  void forMarkdown_plainDescription_staysReadable() {
    assertThat(UntrustedText.forMarkdown("A fast, small tool for self-hosted notes."))
        .isEqualTo("A fast, small tool for self-hosted notes.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u001b[31mred\u001b[0m",
        "abc\u202edcba",
        "zero\u200bwidth",
        "bell\u0007",
        "nul\u0000",
        "c1\u009b31m",
        "isolate\u2066x\u2069"
      })
  void visible_controlCharacters_areShownAsEscapes(String text) {
    String shown = UntrustedText.visible(text);

    assertThat(shown.codePoints()).noneMatch(UntrustedText::isInvisibleControl);
    assertThat(shown).contains("\\u");
  }

  @Test
  void visible_ansiEscape_becomesVisibleText() {
    assertThat(UntrustedText.visible("\u001b[31mred")).isEqualTo("\\u001b[31mred");
  }

  @Test
  void visible_lineBreaks_becomeSpaces() {
    assertThat(UntrustedText.visible("a\nb\r\nc\td")).isEqualTo("a b  c d");
  }

  @Test
  void visible_null_isEmpty() {
    assertThat(UntrustedText.visible(null)).isEmpty();
    assertThat(UntrustedText.forMarkdown(null)).isEmpty();
  }

  @Test
  void forScriptJson_closingScriptTag_cannotEndTheElement() {
    String json = "{\"d\":\"</script><script>alert(1)</script><!-- & \u2028\"}";

    String safe = UntrustedText.forScriptJson(json);

    assertThat(safe).doesNotContain("<", ">", "&", "\u2028");
    assertThat(safe).contains("\\u003c/script\\u003e", "\\u0026", "\\u2028");
  }

  private static String tableRow(String hostile) {
    return "| a | b |\n|---|---|\n| " + UntrustedText.forMarkdown(hostile) + " | x |\n";
  }

  /** Every node that is markup rather than text: links, images, HTML, code, emphasis. */
  static List<String> markupNodes(Node document) {
    List<String> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            found.add("link " + link.getDestination());
          }

          @Override
          public void visit(Image image) {
            found.add("image " + image.getDestination());
          }

          @Override
          public void visit(HtmlInline html) {
            found.add("html " + html.getLiteral());
          }

          @Override
          public void visit(HtmlBlock html) {
            found.add("html block " + html.getLiteral());
          }

          @Override
          public void visit(Code code) {
            found.add("code " + code.getLiteral());
          }

          @Override
          public void visit(Emphasis emphasis) {
            found.add("emphasis");
          }

          @Override
          public void visit(StrongEmphasis strong) {
            found.add("strong");
          }
        });
    Node block = document.getFirstChild();
    if (block != null
        && !(block instanceof org.commonmark.node.Paragraph)
        && !(block instanceof org.commonmark.ext.gfm.tables.TableBlock)) {
      found.add("block " + block.getClass().getSimpleName());
    }
    return found;
  }

  private static String textOf(Node document) {
    StringBuilder text = new StringBuilder();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            text.append(node.getLiteral());
          }
        });
    return text.toString();
  }
}
