package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;

/** One file to fetch: where it comes from and the path it must end up at when complete. */
public record Download(URI source, Path target) {
  public Download {
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
    String scheme = source.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("source must be an http or https URL: " + source);
    }
    if (target.getFileName() == null) {
      throw new IllegalArgumentException("target must name a file: " + target);
    }
  }

  /** The file name the download is saved under, e.g. {@code 2026-11-01-0.json.gz}. */
  public String fileName() {
    return target.getFileName().toString();
  }

  /** Where bytes accumulate until the file is complete and verified. */
  Path partFile() {
    return target.resolveSibling(fileName() + ".part");
  }
}
