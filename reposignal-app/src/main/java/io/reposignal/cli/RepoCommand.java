package io.reposignal.cli;

import io.reposignal.history.RepoHistory;
import io.reposignal.history.RepoHistoryReader;
import io.reposignal.ingest.rankings.SnapshotDeriver;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reposignal repo OWNER/NAME}: one repository's identity and star history. */
@Command(
    name = "repo",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a repository's names over time and its daily star history. An old name finds the"
          + " repository too: renames and transfers are followed.",
      "",
      "stars_total is the snapshot total (null on days without one); stars_gained is the gain of"
          + " that day (null when unknown); interpolated marks gains spread over days with no"
          + " snapshot file."
    })
final class RepoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "OWNER/NAME", description = "The repository, by any name it had.")
  String name;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "14",
      description = "How many of the latest days the table shows. Default: ${DEFAULT-VALUE}.")
  int days;

  @Option(names = "--json", description = "Print a JSON object with the whole series.")
  boolean json;

  @Override
  public Integer call() {
    try (Store store = Commands.openStore(spec)) {
      SnapshotDeriver.rebuildIfStale(store);
      RepoHistory history = new RepoHistoryReader(store).read(name);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, history);
        return 0;
      }
      out.println(TerminalText.safe(history.repo()) + "  (" + safe(history.language()) + ")");
      if (history.description() != null) {
        out.println(TerminalText.safe(history.description(), 120));
      }
      out.printf("observed %s to %s%n", history.firstDay(), history.lastDay());
      if (history.names().size() > 1) {
        out.println("names:");
        for (RepoHistory.Alias alias : history.names()) {
          out.printf(
              "  %s  %s..%s%n", TerminalText.safe(alias.name()), alias.firstDay(), alias.lastDay());
        }
      }
      Table table =
          new Table(List.of("day", "stars", "gained", "source", "note"), false, true, true, false);
      List<RepoHistory.Day> series = history.series();
      for (RepoHistory.Day day : series.subList(Math.max(0, series.size() - days), series.size())) {
        String note =
            (day.interpolated() ? "interpolated " : "")
                + (day.dataEvent() == null ? "" : day.dataEvent());
        table.add(
            List.of(
                day.day().toString(),
                Formats.count(day.starsTotal()),
                Formats.gain(day.starsGained(), false),
                day.source() == null ? "no data" : day.source(),
                note.strip()));
      }
      table.print(out);
      return 0;
    }
  }

  private static String safe(String text) {
    return text == null ? "no language" : TerminalText.safe(text);
  }
}
