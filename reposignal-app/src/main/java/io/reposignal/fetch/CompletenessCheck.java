package io.reposignal.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Decides whether a finished part file is the complete file: its length matches what the server
 * announced, and a {@code .gz} file inflates to its end (gzip's trailer holds a CRC and the length,
 * so a cut-off or damaged stream fails here even when the server announced no length).
 */
final class CompletenessCheck {
  private static final int BUFFER = 1 << 16;

  private CompletenessCheck() {}

  /**
   * Why the part is not complete, or empty when it is.
   *
   * @param expectedLength the announced length, or -1 when unknown
   */
  static Optional<String> problem(Path part, String fileName, long expectedLength)
      throws IOException {
    long size = Files.size(part);
    if (expectedLength >= 0 && size != expectedLength) {
      return Optional.of(
          String.format(
              Locale.ROOT, "received %,d of the %,d bytes announced", size, expectedLength));
    }
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return gzipProblem(part);
    }
    return Optional.empty();
  }

  private static Optional<String> gzipProblem(Path part) throws IOException {
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = new GZIPInputStream(Files.newInputStream(part), BUFFER)) {
      while (in.read(buffer) >= 0) {
        // Inflating to the end is the check: GZIPInputStream verifies each member's trailer.
      }
      return Optional.empty();
    } catch (IOException e) {
      if (!Files.exists(part)) {
        throw e;
      }
      return Optional.of("the gzip stream is incomplete or corrupt (" + e.getMessage() + ")");
    }
  }
}
