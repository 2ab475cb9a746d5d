package io.reposignal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The weighted terms of a repository: stems of the words in its name, description and topics.
 *
 * <p>The owner is left out on purpose: repositories are meant to match on what they are, not on who
 * made them (one owner's many repositories are not a convergence). The name is split where people
 * join words ({@code deepseek-ocr.rs}, {@code snake_case}, {@code HyperAgent}, {@code LLMServer}).
 *
 * <p>Field weights: a word of the name or a topic counts {@value #NAME_WEIGHT} times, a word of the
 * description once. Names and topics are short and chosen to say what a repository is; descriptions
 * are longer and carry more filler.
 *
 * <p>Stems (Snowball English) apply to Latin words only; CJK bigrams are kept as they are. Not
 * thread-safe: one instance per thread.
 */
final class RepoTerms {
  static final double NAME_WEIGHT = 1.5;
  static final double TOPIC_WEIGHT = 2.0;
  static final double DESCRIPTION_WEIGHT = 1.0;

  private static final Pattern NAME_SEPARATORS =
      Pattern.compile(
          "[-_.]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})"
              + "|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
  private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

  private final Map<RepoTextAnalyzer.Filtering, Analyzer> analyzers =
      new EnumMap<>(RepoTextAnalyzer.Filtering.class);
  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final Map<String, String> stems = new HashMap<>();

  /**
   * The document's terms.
   *
   * @return stem to weight (field weight times occurrences), and stem to the first surface word
   *     seen for it, both in order of first appearance
   */
  Terms of(RepoDocument document) {
    Terms terms = new Terms(new LinkedHashMap<>(), new LinkedHashMap<>());
    add(terms, splitName(document.name()), NAME_WEIGHT);
    for (String topic : document.topics()) {
      add(terms, topic.replace('-', ' '), TOPIC_WEIGHT);
    }
    if (document.description() != null) {
      add(terms, document.description(), DESCRIPTION_WEIGHT);
    }
    return terms;
  }

  /** Splits a repository name into words: {@code LiteLLM-proxy_v2} gives "Lite LLM proxy v 2". */
  static String splitName(String name) {
    return String.join(" ", NAME_SEPARATORS.split(name));
  }

  /** The stem of a surface term; non-Latin terms (CJK bigrams, Cyrillic words) stay unchanged. */
  String stem(String surface) {
    return stems.computeIfAbsent(surface, this::computeStem);
  }

  private String computeStem(String surface) {
    if (!LATIN_WORD.matcher(surface).matches()) {
      return surface;
    }
    stemmer.setCurrent(surface);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private void add(Terms terms, String text, double weight) {
    Analyzer analyzer =
        analyzers.computeIfAbsent(RepoTextAnalyzer.Filtering.of(text), RepoTextAnalyzer::new);
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String surface = term.toString();
        String stem = stem(surface);
        terms.weights().merge(stem, weight, Double::sum);
        terms.surfaces().putIfAbsent(stem, surface);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text held in memory", e);
    }
  }

  /**
   * A document's terms.
   *
   * @param weights stem to weighted count
   * @param surfaces stem to the first word seen for it
   */
  record Terms(Map<String, Double> weights, Map<String, String> surfaces) {}
}
