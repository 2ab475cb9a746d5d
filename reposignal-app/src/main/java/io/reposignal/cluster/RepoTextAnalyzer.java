package io.reposignal.cluster;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Turns a repository's untrusted text into surface terms (lower-cased, unstemmed), using Lucene's
 * analysis chain:
 *
 * <ul>
 *   <li>invisible format characters (bidirectional overrides, zero-width spaces) are removed, so
 *       they cannot hide inside a word and make it a different term;
 *   <li>HTML-looking text is stripped to its text and entities are decoded, so {@code <img src=…>}
 *       badges do not become words;
 *   <li>full-width Latin and half-width Katakana are folded to their usual forms;
 *   <li>Unicode word segmentation (UAX #29) splits the text; emoji and bare numbers are dropped
 *       (decoration and version numbers, not topics);
 *   <li>Chinese, Japanese and Korean runs become overlapping character bigrams ("大模型推理" gives 大模,
 *       模型, 型推, 推理), the usual dictionary-free way to index CJK text, so a Chinese description
 *       shares terms with other Chinese descriptions about the same thing;
 *   <li>English possessives, accents, English stop words and words that say nothing about a
 *       repository's subject on GitHub (github, repo, https, …) are removed, as are one-letter
 *       terms.
 * </ul>
 *
 * Stemming happens afterwards (see {@link RepoTerms}) so that labels can show real words.
 *
 * <p>Stripping HTML has a price: Lucene's filter allocates tens of kilobytes for every text it
 * reads, and a day's clusters read thousands of names, topics and descriptions, almost none of them
 * HTML. The filter changes only text holding {@code <} or {@code &} (or their full-width forms,
 * which the width folding turns into them) and passes any other text through untouched, so an
 * analyzer built without markup gives the same terms for such text ({@link #mayHoldMarkup}).
 */
final class RepoTextAnalyzer extends Analyzer {
  /** Words that appear in descriptions of every kind of repository, or in links and badges. */
  static final Set<String> DOMAIN_STOP_WORDS =
      Set.of(
          // function words missing from Lucene's short English list
          "about",
          "all",
          "also",
          "any",
          "can",
          "from",
          "get",
          "has",
          "have",
          "how",
          "its",
          "just",
          "more",
          "most",
          "one",
          "our",
          "out",
          "so",
          "some",
          "than",
          "up",
          "us",
          "via",
          "we",
          "what",
          "which",
          "who",
          "you",
          "your",
          // links, badges and the words every repository uses about itself
          "com",
          "github",
          "http",
          "https",
          "io",
          "org",
          "project",
          "projects",
          "repo",
          "repository",
          "repositories",
          "www",
          // praise and packaging: how a repository sells itself, not what it is about
          "alternative",
          "beautiful",
          "best",
          "better",
          "easy",
          "easiest",
          "elegant",
          "everyone",
          "extremely",
          "fast",
          "faster",
          "feature",
          "features",
          "first",
          "free",
          "full",
          "lightweight",
          "modern",
          "open",
          "powerful",
          "rich",
          "simple",
          "source",
          "ultimate",
          "way",
          "written");

  /** Format characters (bidirectional overrides, zero-width spaces, soft hyphens): invisible. */
  private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

  private static final CharArraySet STOP_WORDS = stopWords();
  private static final Set<String> DROPPED_TYPES =
      Set.of(
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM]);

  private final boolean markup;

  /**
   * @param markup strip HTML: required for text that {@link #mayHoldMarkup}, the same terms without
   *     it for any other text
   */
  RepoTextAnalyzer(boolean markup) {
    this.markup = markup;
  }

  /**
   * True when HTML stripping could change {@code text}: it holds {@code <} or {@code &}, or their
   * full-width forms U+FF1C and U+FF06.
   */
  static boolean mayHoldMarkup(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '&' || c == '\uFF1C' || c == '\uFF06') {
        return true;
      }
    }
    return false;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    Reader folded = new CJKWidthCharFilter(reader);
    return new PatternReplaceCharFilter(
        INVISIBLE, "", markup ? new HTMLStripCharFilter(folded) : folded);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new TypeTokenFilter(source, DROPPED_TYPES);
    stream = new EnglishPossessiveFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new CJKBigramFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new LengthFilter(stream, 2, 40);
    return new TokenStreamComponents(source, stream);
  }

  private static CharArraySet stopWords() {
    List<Object> words = new ArrayList<>(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    words.addAll(DOMAIN_STOP_WORDS);
    return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }
}
