package io.reposignal.cli;

import io.reposignal.history.RepoHistory;
import io.reposignal.history.RepoHistoryReader;
import io.reposignal.signal.MomentumDay;
import io.reposignal.store.Store;
import io.reposignal.suspicious.SuspiciousRepoDay;
import io.reposignal.suspicious.SuspiciousRepoDays;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
          + " snapshot file. stars_events counts the WatchEvents GH Archive saw that day (null"
          + " for days without GH Archive data); where no snapshot gain exists, stars_gained is"
          + " stars_events divided by the day's capture rate and source says gharchive-estimate."
          + " A repository seen only in GH Archive is found by any name its events carried.",
      "",
      "momentum lists, for every day the repository was observed, its momentum class and signal"
          + " score as `signals --as-of` that day computed them (from the history up to that day"
          + " only); reasons say which figures decided the class.",
      "",
      "suspicious_stars lists the days its GH Archive star events held stars judged suspicious"
          + " (stars, suspicious_stars, share, detectors, sample accounts): [] when none, null"
          + " when the database holds no GH Archive hours. The table's note column says so on"
          + " those days (\"400 of 400 stars suspicious (burst, young)\"): trusted figures leave"
          + " them out."
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
    try (Store store = Commands.openCurrent(spec)) {
      RepoHistoryReader reader = new RepoHistoryReader(store);
      RepoHistory history = reader.read(name);
      int key = reader.find(name).orElseThrow();
      List<MomentumDay> momentum =
          Commands.engine(store).history(key, history.firstDay(), history.lastDay());
      PrintWriter out = spec.commandLine().getOut();
      List<SuspiciousRepoDay> suspicious = SuspiciousRepoDays.forNames(store, history.aliases());
      if (json) {
        Json.write(
            out,
            Json.withField(
                Json.withField(history, "momentum", momentum), "suspicious_stars", suspicious));
        return 0;
      }
      Map<LocalDate, SuspiciousRepoDay> suspiciousByDay = new LinkedHashMap<>();
      if (suspicious != null) {
        suspicious.forEach(day -> suspiciousByDay.put(day.day(), day));
      }
      Map<LocalDate, MomentumDay> byDay = new LinkedHashMap<>();
      momentum.forEach(day -> byDay.put(day.day(), day));
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
          new Table(
              List.of("day", "stars", "gained", "source", "momentum", "score", "note"),
              false,
              true,
              true,
              false,
              false,
              true,
              false);
      List<RepoHistory.Day> series = history.series();
      for (RepoHistory.Day day : series.subList(Math.max(0, series.size() - days), series.size())) {
        String note =
            (day.interpolated() ? "interpolated " : "")
                + (day.dataEvent() == null ? "" : day.dataEvent() + " ")
                + suspiciousNote(suspiciousByDay.get(day.day()));
        table.add(
            List.of(
                day.day().toString(),
                Formats.count(day.starsTotal()),
                Formats.gain(day.starsGained(), false),
                day.source() == null ? "no data" : day.source(),
                momentumOf(byDay.get(day.day())),
                byDay.containsKey(day.day()) ? Formats.score(byDay.get(day.day()).score()) : "",
                note.strip()));
      }
      table.print(out);
      return 0;
    }
  }

  /** "1,500 of 1,500 stars suspicious (burst, young)": trusted figures leave them out. */
  private static String suspiciousNote(SuspiciousRepoDay day) {
    if (day == null) {
      return "";
    }
    return Formats.count(day.suspiciousStars())
        + " of "
        + Formats.count(day.stars())
        + " stars suspicious ("
        + String.join(", ", day.detectors())
        + ")";
  }

  private static String momentumOf(MomentumDay day) {
    if (day == null) {
      return "";
    }
    return day.momentum() == null ? "n/a" : day.momentum().label();
  }

  private static String safe(String text) {
    return text == null ? "no language" : TerminalText.safe(text);
  }
}
