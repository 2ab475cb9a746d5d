package io.reposignal.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of a population of repositories (normally every repository observed on a day).
 *
 * <p>A term's weight in a document is {@code (1 + ln tf) * idf}, with {@code tf} the field-weighted
 * count from {@link RepoTerms} and {@code idf = 1 + ln((1 + N) / (1 + df))}: sub-linear so that a
 * word repeated in a long description does not dominate, smoothed so that a term in every document
 * keeps a small weight instead of zero. Vectors are L2-normalised, so the dot product of two
 * vectors is their cosine similarity, 0 to 1. A document without terms has an all-zero vector and
 * is similar to nothing.
 *
 * <p>Term ids follow the terms' alphabetical order, so the index is the same for the same documents
 * in any order.
 */
final class TfIdfIndex {
  private final List<RepoDocument> documents;
  private final String[] terms;
  private final int[] documentFrequency;
  private final double[] idf;
  private final SparseVector[] vectors;
  private final List<Map<String, String>> surfaces;

  private TfIdfIndex(
      List<RepoDocument> documents,
      String[] terms,
      int[] documentFrequency,
      double[] idf,
      SparseVector[] vectors,
      List<Map<String, String>> surfaces) {
    this.documents = documents;
    this.terms = terms;
    this.documentFrequency = documentFrequency;
    this.idf = idf;
    this.vectors = vectors;
    this.surfaces = surfaces;
  }

  static TfIdfIndex build(List<RepoDocument> documents) {
    RepoTerms extractor = new RepoTerms();
    List<RepoTerms.Terms> extracted = new ArrayList<>(documents.size());
    Map<String, Integer> frequency = new HashMap<>();
    for (RepoDocument document : documents) {
      RepoTerms.Terms terms = extractor.of(document);
      extracted.add(terms);
      for (String term : terms.weights().keySet()) {
        frequency.merge(term, 1, Integer::sum);
      }
    }
    String[] vocabulary = frequency.keySet().toArray(new String[0]);
    Arrays.sort(vocabulary);
    Map<String, Integer> ids = new HashMap<>();
    int[] df = new int[vocabulary.length];
    double[] idf = new double[vocabulary.length];
    int n = documents.size();
    for (int id = 0; id < vocabulary.length; id++) {
      ids.put(vocabulary[id], id);
      df[id] = frequency.get(vocabulary[id]);
      idf[id] = 1 + Math.log((1.0 + n) / (1.0 + df[id]));
    }
    SparseVector[] vectors = new SparseVector[n];
    List<Map<String, String>> surfaces = new ArrayList<>(n);
    for (int d = 0; d < n; d++) {
      Map<String, Double> weights = extracted.get(d).weights();
      int[] termIds = new int[weights.size()];
      int k = 0;
      for (String term : weights.keySet()) {
        termIds[k++] = ids.get(term);
      }
      Arrays.sort(termIds);
      double[] values = new double[termIds.length];
      for (int i = 0; i < termIds.length; i++) {
        values[i] = (1 + Math.log(weights.get(vocabulary[termIds[i]]))) * idf[termIds[i]];
      }
      vectors[d] = SparseVector.normalized(termIds, values);
      surfaces.add(Map.copyOf(extracted.get(d).surfaces()));
    }
    return new TfIdfIndex(List.copyOf(documents), vocabulary, df, idf, vectors, surfaces);
  }

  int size() {
    return documents.size();
  }

  RepoDocument document(int d) {
    return documents.get(d);
  }

  SparseVector vector(int d) {
    return vectors[d];
  }

  int termCount() {
    return terms.length;
  }

  String term(int id) {
    return terms[id];
  }

  int documentFrequency(int id) {
    return documentFrequency[id];
  }

  double idf(int id) {
    return idf[id];
  }

  /** The word document {@code d} first used for the stem {@code term}, or null when it has none. */
  String surface(int d, String term) {
    return surfaces.get(d).get(term);
  }

  /** The cosine similarity of two documents, 0 to 1. */
  double cosine(int a, int b) {
    return vectors[a].dot(vectors[b]);
  }
}
