package io.reposignal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** One run of the command line on a database, with what it printed to each stream. */
record CliRun(int exit, String out, String err) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs {@code reposignal --db DATABASE ARGS...} in this JVM. */
  static CliRun on(Path database, String... args) {
    List<String> all = new ArrayList<>(List.of("--db", database.toString()));
    all.addAll(List.of(args));
    return of(all.toArray(String[]::new));
  }

  /** Runs {@code reposignal ARGS...} in this JVM. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Standard output as JSON; fails the test when it is not JSON. */
  JsonNode json() {
    try {
      return JSON.readTree(out);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + out, e);
    }
  }
}
