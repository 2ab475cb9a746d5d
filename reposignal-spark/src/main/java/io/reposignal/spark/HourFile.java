package io.reposignal.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * An hour file to read and its place in the commit order.
 *
 * @param order the file's position in {@link io.reposignal.ingest.gharchive.CommitOrder}, from 0
 * @param uri the file's full Hadoop path, such as {@code s3a://bucket/2015-01-01-12.json.gz}
 * @param fileName the last part of the path
 */
public record HourFile(int order, String uri, String fileName) implements Serializable {
  public HourFile {
    requireNonNull(uri, "uri is null");
    requireNonNull(fileName, "fileName is null");
    if (order < 0) {
      throw new IllegalArgumentException("order must be >= 0, was " + order);
    }
  }
}
