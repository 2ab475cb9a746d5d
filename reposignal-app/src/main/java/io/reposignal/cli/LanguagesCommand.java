package io.reposignal.cli;

import io.reposignal.signal.LanguageMap;
import io.reposignal.signal.SignalWindows;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal languages}: the language map of the signal window. */
@Command(
    name = "languages",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the language map of a day's signal window: how many of its slots each language"
          + " holds, its share (a fraction from 0 to 1 in JSON), and how many it held in the"
          + " windows 30 and 90 days earlier, computed the same way (\"Rust 2 -> 5\").",
      "",
      "An earlier day without a snapshot is replaced by the closest day up to 3 days before it;"
          + " where the data does not reach back so far the earlier count is n/a (null in JSON)."
    })
final class LanguagesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin WindowOptions window;

  @Option(names = "--json", description = "Print a JSON array to standard output.")
  boolean json;

  @Override
  public Integer call() {
    window.requireValid();
    try (Store store = Commands.openCurrent(spec)) {
      SignalWindows windows = Commands.windows(store);
      LocalDate day = window.day(store);
      SignalWindows.LanguageShiftReport report = windows.languageShift(day, window.size);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, report.languages());
      } else {
        out.printf("Language map of the signal window of %s (%d slots)%n", day, window.size);
        print(out, report);
      }
      return 0;
    }
  }

  static void print(PrintWriter out, SignalWindows.LanguageShiftReport report) {
    Table table =
        new Table(
            List.of(
                "language",
                "slots",
                "share",
                "30d ago (" + dayOrNa(report.day30DaysAgo()) + ")",
                "90d ago (" + dayOrNa(report.day90DaysAgo()) + ")"),
            false,
            true,
            true,
            true,
            true);
    for (LanguageMap.Shift shift : report.languages()) {
      table.add(
          List.of(
              shift.language() == null ? "(none)" : shift.language(),
              Integer.toString(shift.repos()),
              Formats.percent(shift.share()),
              Formats.slots(shift.repos30DaysAgo(), shift.repos()),
              Formats.slots(shift.repos90DaysAgo(), shift.repos())));
    }
    table.print(out);
  }

  private static String dayOrNa(LocalDate day) {
    return day == null ? "n/a" : day.toString();
  }
}
