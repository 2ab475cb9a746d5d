package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.cluster.RepoTextAnalyzer.Filtering;
import io.reposignal.store.Store;
import io.reposignal.testing.RealSnapshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RepoTextAnalyzerTest {
  private final Analyzer all = new RepoTextAnalyzer(Filtering.ALL);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<b>bold</b>",
        "Tom &amp; Jerry",
        "zero&#8203;width",
        "a < b",
        "R&D",
        "full-width \uFF1Cb\uFF1E tag",
        "full-width \uFF06amp;"
      })
  void of_angleBracketOrAmpersand_everyFilter(String text) {
    assertThat(Filtering.of(text)).isEqualTo(Filtering.ALL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"pro\u200bxy", "right\u202eto left", "soft\u00adhyphen", "tag \uDB40\uDC01"})
  void of_formatCharacter_invisibleFilter(String text) {
    assertThat(Filtering.of(text)).isEqualTo(Filtering.INVISIBLE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Plain words > arrows -> and 100% sure",
        "大模型推理 オープンソース 한국어처리",
        "ＰＲＯＸＹ ｶﾀｶﾅ full width",
        "bell\u0007 and null\u0000 are controls, not format characters",
        "🦀 🚀 Blazing 10x 2024 crab ✨ \uD83D\uDE00",
        "quotes \" ' ` and ; semicolons #hash",
        ""
      })
  void of_plainText_noFilter(String text) {
    assertThat(Filtering.of(text)).isEqualTo(Filtering.NONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Plain words > arrows -> and 100% sure",
        "大模型推理 オープンソース 한국어처리",
        "ＰＲＯＸＹ ｶﾀｶﾅ full width",
        "pro\u200bxy\u202e\u0007\u0000 tunnel",
        "🦀 🚀 Blazing 10x 2024 crab ✨ \uD83D\uDE00",
        "<b>Proxy</b> &amp; tunnel zero&#8203;width",
        ""
      })
  void tokens_filteringTheTextNeeds_sameAsEveryFilter(String text) {
    assertThat(tokens(new RepoTextAnalyzer(Filtering.of(text)), text)).isEqualTo(tokens(all, text));
  }

  @Test
  void tokens_everyRealNameAndDescription_sameAsEveryFilter() {
    List<String> texts = new ArrayList<>();
    try (Store store = RealSnapshots.open();
        Statement statement = store.connection().createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT DISTINCT description FROM snap_day WHERE description IS NOT NULL"
                    + " UNION SELECT DISTINCT full_name FROM snap_day WHERE full_name IS NOT NULL")) {
      while (rows.next()) {
        texts.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    Analyzer none = new RepoTextAnalyzer(Filtering.NONE);
    Analyzer invisible = new RepoTextAnalyzer(Filtering.INVISIBLE);
    int filtered = 0;

    for (String text : texts) {
      Filtering needed = Filtering.of(text);
      Analyzer analyzer =
          needed == Filtering.NONE ? none : needed == Filtering.ALL ? all : invisible;
      filtered += needed == Filtering.NONE ? 0 : 1;
      assertThat(tokens(analyzer, text)).as(text).isEqualTo(tokens(all, text));
    }
    assertThat(texts).hasSizeGreaterThan(3_000);
    assertThat(filtered).as("a few real texts need a filter").isPositive();
  }

  @Test
  void tokens_markup_isStrippedOnlyWithEveryFilter() {
    String text = "<b>Proxy</b> &amp; tunnel";

    assertThat(tokens(all, text)).containsExactly("proxy", "tunnel");
    assertThat(tokens(new RepoTextAnalyzer(Filtering.NONE), text)).contains("amp");
  }

  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
