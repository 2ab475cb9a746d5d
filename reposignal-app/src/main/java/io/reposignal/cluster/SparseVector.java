package io.reposignal.cluster;

/**
 * A sparse vector: term ids in ascending order and their weights. Immutable once built.
 *
 * @param ids term ids, strictly ascending
 * @param values the weight of each id
 */
record SparseVector(int[] ids, double[] values) {
  SparseVector {
    if (ids.length != values.length) {
      throw new IllegalArgumentException(
          "expected as many values as ids (" + ids.length + "), actual " + values.length);
    }
    for (int i = 1; i < ids.length; i++) {
      if (ids[i] <= ids[i - 1]) {
        throw new IllegalArgumentException("ids must be strictly ascending at index " + i);
      }
    }
    ids = ids.clone();
    values = values.clone();
  }

  /** The vector scaled to length 1; an all-zero vector stays all zero. */
  static SparseVector normalized(int[] ids, double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value * value;
    }
    double[] scaled = values.clone();
    if (sum > 0) {
      double norm = Math.sqrt(sum);
      for (int i = 0; i < scaled.length; i++) {
        scaled[i] /= norm;
      }
    }
    return new SparseVector(ids, scaled);
  }

  int size() {
    return ids.length;
  }

  int id(int i) {
    return ids[i];
  }

  double value(int i) {
    return values[i];
  }

  /** The dot product, by merging the two id lists. */
  double dot(SparseVector other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        sum += values[i++] * other.values[j++];
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }
}
