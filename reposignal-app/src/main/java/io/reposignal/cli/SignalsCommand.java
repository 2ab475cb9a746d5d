package io.reposignal.cli;

import io.reposignal.ingest.rankings.SnapshotDeriver;
import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalWindow;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.signal.SnapshotSignals;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal signals}: the signal window of a day. */
@Command(
    name = "signals",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the signal window of a day: the repositories gaining the most stars over 7 days,"
          + " with their gains over 1, 7 and 30 days and their growth relative to size.",
      "",
      "Gains count day D as the last day: 1d is day D, 7d is D-6..D. A gain whose window starts"
          + " before the repository was first observed counts from its first observation (marked"
          + " * in the table, listed in `partial` in JSON); an unknown gain is n/a (null)."
    })
final class SignalsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description = "The last day counted. Default: the latest day in the database.")
  LocalDate asOf;

  @Option(
      names = "--window",
      paramLabel = "N",
      defaultValue = "50",
      description = "How many repositories the window holds. Default: ${DEFAULT-VALUE}.")
  int window;

  @Option(
      names = "--language",
      paramLabel = "L",
      description = "Only repositories whose primary language is L (case-insensitive).")
  String language;

  @Option(names = "--json", description = "Print a JSON array to standard output.")
  boolean json;

  @Override
  public Integer call() {
    if (window < 1) {
      throw io.reposignal.error.RepoSignalException.usage(
          "--window must be at least 1, was %d", window);
    }
    try (Store store = Commands.openStore(spec)) {
      SnapshotDeriver.rebuildIfStale(store);
      LocalDate day = SnapshotCalendar.load(store).requireObserved(asOf);
      List<RepoSignal> top =
          SignalWindow.top(new SnapshotSignals(store).observedOn(day), window, language);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, top);
      } else {
        out.printf("Signal window of %s (top %d by stars gained over 7 days)%n", day, window);
        print(out, top);
      }
      return 0;
    }
  }

  static void print(PrintWriter out, List<RepoSignal> top) {
    Table table =
        new Table(
            List.of("#", "repo", "language", "stars", "1d", "7d", "30d", "growth 7d"),
            true,
            false,
            false,
            true,
            true,
            true,
            true,
            true);
    int rank = 0;
    for (RepoSignal signal : top) {
      table.add(
          List.of(
              Integer.toString(++rank),
              signal.repo(),
              signal.language() == null ? "-" : signal.language(),
              Formats.count(signal.stars()),
              Formats.gain(signal.stars1d(), signal.partial().contains("stars_1d")),
              Formats.gain(signal.stars7d(), signal.partial().contains("stars_7d")),
              Formats.gain(signal.stars30d(), signal.partial().contains("stars_30d")),
              Formats.percent(signal.growth7d())));
    }
    table.print(out);
    if (top.stream().anyMatch(s -> !s.partial().isEmpty())) {
      out.println("* counts from the repository's first observation: its window started earlier");
    }
  }
}
