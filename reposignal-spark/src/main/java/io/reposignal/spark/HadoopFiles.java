package io.reposignal.spark;

import io.reposignal.ingest.gharchive.CommitOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Hour files on any Hadoop file system ({@code file://}, {@code hdfs://}, {@code s3a://}...). The
 * driver's Hadoop settings (including the {@code spark.hadoop.*} ones given at submit time, such as
 * S3 credentials) travel to the executors with this object, since Hadoop's {@link Configuration} is
 * not serializable.
 */
final class HadoopFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> settings;

  HadoopFiles(Configuration configuration) {
    Map<String, String> copy = new HashMap<>();
    configuration.forEach(e -> copy.put(e.getKey(), e.getValue()));
    this.settings = copy;
  }

  private Configuration configuration() {
    Configuration configuration = new Configuration(false);
    settings.forEach(configuration::set);
    return configuration;
  }

  /**
   * The hour files ({@code .json.gz} and {@code .json}) at {@code input}, a file or a folder
   * searched recursively, in commit order.
   */
  List<HourFile> list(String input) throws IOException {
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(configuration());
    List<FileStatus> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
    while (files.hasNext()) {
      LocatedFileStatus status = files.next();
      String name = status.getPath().getName();
      if (status.isFile() && (name.endsWith(".json.gz") || name.endsWith(".json"))) {
        found.add(status);
      }
    }
    List<FileStatus> sorted =
        found.stream()
            .sorted(CommitOrder.of(s -> s.getPath().getName(), s -> s.getPath().toString()))
            .toList();
    List<HourFile> hours = new ArrayList<>(sorted.size());
    for (FileStatus status : sorted) {
      hours.add(
          new HourFile(hours.size(), status.getPath().toString(), status.getPath().getName()));
    }
    return hours;
  }

  /** The whole file: hour files are read twice at most, so one read from a remote store. */
  byte[] read(HourFile file) throws IOException {
    Path path = new Path(file.uri());
    try (InputStream in = path.getFileSystem(configuration()).open(path)) {
      return in.readAllBytes();
    }
  }

  /** Whether {@code output} exists already. */
  boolean exists(String output) throws IOException {
    Path path = new Path(output);
    return path.getFileSystem(configuration()).exists(path);
  }
}
