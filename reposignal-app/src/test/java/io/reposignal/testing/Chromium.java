package io.reposignal.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, for tests that look at a page as a reader would. bin/test installs it
 * on a fresh machine; tests fail with that hint when it is missing, never skip silently.
 */
public final class Chromium {
  private static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 120;

  private Chromium() {}

  /** Takes a screenshot of {@code page} at the given window size. */
  public static void screenshot(Path page, Path png, int width, int height, Path work)
      throws IOException, InterruptedException {
    run(
        List.of(
            "--screenshot=" + png.toAbsolutePath(),
            "--window-size=" + width + "," + height,
            "--hide-scrollbars",
            page.toUri().toString()),
        work);
    if (!Files.isRegularFile(png)) {
      throw new IllegalStateException("chromium wrote no screenshot for " + page);
    }
  }

  /** The page's DOM after its scripts ran. */
  public static String dumpDom(Path page, Path work) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()), work);
  }

  private static String run(List<String> arguments, Path work)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(
          BINARY
              + " is missing; run bin/test (it installs Debian's chromium) or"
              + " apt-get install -y chromium chromium-driver");
    }
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    List<String> command =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath()));
    command.addAll(arguments);
    Path stdout = work.resolve("chromium-" + System.nanoTime() + ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium did not finish in " + TIMEOUT_SECONDS + " s");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("chromium exited with " + process.exitValue());
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
