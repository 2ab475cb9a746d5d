package io.reposignal.cli;

import io.reposignal.ingest.rankings.SnapshotDeriver;
import io.reposignal.signal.LanguageMap;
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

/** {@code reposignal languages}: the language map of the signal window. */
@Command(
    name = "languages",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the language map of a day's signal window: how many of its slots each language"
          + " holds, and its share (a fraction from 0 to 1 in JSON)."
    })
final class LanguagesCommand implements Callable<Integer> {
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
      List<LanguageMap.Slot> map =
          LanguageMap.of(
              SignalWindow.top(new SnapshotSignals(store).observedOn(day), window, null));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, map);
      } else {
        out.printf("Language map of the signal window of %s (%d slots)%n", day, window);
        print(out, map);
      }
      return 0;
    }
  }

  static void print(PrintWriter out, List<LanguageMap.Slot> map) {
    Table table = new Table(List.of("language", "slots", "share"), false, true, true);
    for (LanguageMap.Slot slot : map) {
      table.add(
          List.of(
              slot.language() == null ? "(none)" : slot.language(),
              Integer.toString(slot.repos()),
              Formats.percent(slot.share())));
    }
    table.print(out);
  }
}
