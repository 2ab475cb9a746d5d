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
 * <p>The character filters have a price: Lucene's HTML filter allocates tens of kilobytes for every
 * text it reads, the invisible-character filter runs a regular expression over all of it, and a
 * day's clusters read thousands of names, topics and descriptions, almost none of them HTML or
 * holding invisible characters. The HTML filter changes only text holding {@code <} or {@code &}
 * (or their full-width forms, which the width folding turns into them); the other filter only text
 * holding a format character, or HTML that could decode into one. Any other text passes through
 * them untouched, so an analyzer without them gives the same terms ({@link Filtering#of}).
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

  /** The character filters a text needs, each one leaving any other text as it is. */
  enum Filtering {
    /** Width folding only. */
    NONE,
    /** Width folding and removing invisible format characters. */
    INVISIBLE,
    /** Every filter: width folding, HTML stripping, removing invisible characters. */
    ALL;

    /**
     * The filters that could change {@code text}: all of them for text holding {@code <} or {@code
     * &} or their full-width forms U+FF1C and U+FF06 (HTML, whose entities may also decode into
     * invisible characters), the invisible-character filter for text holding a format character
     * (Unicode category Cf), none otherwise.
     */
    static Filtering of(String text) {
      boolean invisible = false;
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        if (c == '<' || c == '&' || c == '\uFF1C' || c == '\uFF06') {
          return ALL;
        }
        invisible |= Character.getType(c) == Character.FORMAT;
        i += Character.charCount(c);
      }
      return invisible ? INVISIBLE : NONE;
    }
  }

  private final Filtering filtering;

  /**
   * @param filtering the character filters: {@link Filtering#ALL} reads any text; a text whose
   *     {@link Filtering#of} is less gives the same terms with less
   */
  RepoTextAnalyzer(Filtering filtering) {
    this.filtering = filtering;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    Reader folded = new CJKWidthCharFilter(reader);
    return switch (filtering) {
      case NONE -> folded;
      case INVISIBLE -> new PatternReplaceCharFilter(INVISIBLE, "", folded);
      case ALL -> new PatternReplaceCharFilter(INVISIBLE, "", new HTMLStripCharFilter(folded));
    };
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
