package io.reposignal.cli;

import io.reposignal.signal.RepoSignal;
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

/** {@code reposignal signals}: the signal window of a day. */
@Command(
    name = "signals",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the signal window of a day: the repositories with the highest signal score, with"
          + " their gains over 1, 7 and 30 days, growth relative to size, momentum and score.",
      "",
      // picocli formats these texts: a percent sign is written %% ("40% velocity" failed to
      // format and printed a warning instead of the help).
      "The score weighs where a repository stands among all repositories that day (about 100 at"
          + " the day's 99th percentile, more for the few beyond it):"
          + " 40%% trusted 7-day velocity, 20%% acceleration, 20%% growth relative to size, 20%%"
          + " persistence (28-day median daily gain). Momentum is breakout, spike-and-fade,"
          + " slow-burn, sustained, cooling or steady, judged against the repository's own"
          + " baseline and the population; n/a (null) when the history is too short, with"
          + " `reasons` saying why. Trusted figures are raw gains less the stars judged"
          + " suspicious on days GH Archive covers (see `reposignal suspicious`); a week whose"
          + " stars are mostly suspicious is never a breakout. `estimated` is true where a figure"
          + " is scaled from a"
          + " sample: GH Archive WatchEvents divided by the day's capture rate (see `reposignal"
          + " coverage`), for repositories seen only in GH Archive or days without a snapshot;"
          + " never for snapshot figures. `stars` is null when no snapshot total exists. See"
          + " docs/signals.md.",
      "",
      "Gains count day D as the last day: 1d is day D, 7d is D-6..D. A gain whose window starts"
          + " before the repository was first observed counts from its first observation (marked"
          + " * in the table, listed in `partial` in JSON); an unknown gain is n/a (null). A"
          + " 7-day gain marked ! includes stars judged suspicious; the line under the table"
          + " gives each such repository's trusted gain (trusted_stars_7d in JSON)."
    })
final class SignalsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin WindowOptions window;

  @Option(
      names = "--language",
      paramLabel = "L",
      description = "Only repositories whose primary language is L (case-insensitive).")
  String language;

  @Option(names = "--json", description = "Print a JSON array to standard output.")
  boolean json;

  @Override
  public Integer call() {
    window.requireValid();
    try (Store store = Commands.openCurrent(spec)) {
      SignalWindows windows = Commands.windows(store);
      LocalDate day = window.day(store);
      List<RepoSignal> top = windows.window(day, window.size, language);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, top);
      } else {
        out.printf("Signal window of %s (top %d by signal score)%n", day, window.size);
        print(out, top);
      }
      return 0;
    }
  }

  static void print(PrintWriter out, List<RepoSignal> top) {
    Table table =
        new Table(
            List.of(
                "#",
                "repo",
                "language",
                "stars",
                "1d",
                "7d",
                "30d",
                "growth 7d",
                "momentum",
                "score"),
            true,
            false,
            false,
            true,
            true,
            true,
            true,
            true,
            false,
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
              Formats.gain(signal.stars7d(), signal.partial().contains("stars_7d"))
                  + (signal.suspiciousStars7d() > 0 ? "!" : ""),
              Formats.gain(signal.stars30d(), signal.partial().contains("stars_30d")),
              Formats.percent(signal.growth7d()),
              signal.momentum() == null ? "n/a" : signal.momentum().label(),
              Formats.score(signal.score())));
    }
    table.print(out);
    if (top.stream().anyMatch(s -> !s.partial().isEmpty())) {
      out.println("* counts from the repository's first observation: its window started earlier");
    }
    List<String> flagged =
        top.stream()
            .filter(s -> s.suspiciousStars7d() > 0)
            .map(
                s ->
                    TerminalText.safe(s.repo())
                        + " "
                        + Formats.gain(s.trustedStars7d(), false)
                        + " trusted")
            .toList();
    if (!flagged.isEmpty()) {
      out.println(
          "! the 7-day gain includes stars judged suspicious, which the score leaves out: "
              + String.join("; ", flagged)
              + " (reposignal suspicious lists them)");
    }
  }
}
