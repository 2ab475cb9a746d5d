package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

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
  private final Analyzer markup = new RepoTextAnalyzer(true);
  private final Analyzer plain = new RepoTextAnalyzer(false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<b>bold</b>",
        "Tom &amp; Jerry",
        "a < b",
        "R&D",
        "full-width \uFF1Cb\uFF1E tag",
        "full-width \uFF06amp;"
      })
  void mayHoldMarkup_angleBracketOrAmpersand_isTrue(String text) {
    assertThat(RepoTextAnalyzer.mayHoldMarkup(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Plain words > arrows -> and 100% sure",
        "大模型推理 オープンソース 한국어처리",
        "ＰＲＯＸＹ ｶﾀｶﾅ full width",
        "pro\u200bxy\u202e\u0007\u0000 tunnel",
        "🦀 🚀 Blazing 10x 2024 crab ✨ \uD83D\uDE00",
        "quotes \" ' ` and ; semicolons #hash",
        ""
      })
  void tokens_textWithoutMarkup_sameWithAndWithoutStripping(String text) {
    assertThat(RepoTextAnalyzer.mayHoldMarkup(text)).isFalse();

    assertThat(tokens(plain, text)).isEqualTo(tokens(markup, text));
  }

  @Test
  void tokens_everyRealDescriptionWithoutMarkup_sameWithAndWithoutStripping() throws Exception {
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
    List<String> plainTexts =
        texts.stream().filter(t -> !RepoTextAnalyzer.mayHoldMarkup(t)).toList();

    assertThat(plainTexts).as("most real texts hold no markup").hasSizeGreaterThan(3_000);
    for (String text : plainTexts) {
      assertThat(tokens(plain, text)).as(text).isEqualTo(tokens(markup, text));
    }
  }

  @Test
  void tokens_markup_isStrippedOnlyByTheMarkupAnalyzer() {
    String text = "<b>Proxy</b> &amp; tunnel";

    assertThat(tokens(markup, text)).containsExactly("proxy", "tunnel");
    assertThat(tokens(plain, text)).contains("amp");
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
