package io.reposignal.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An article every text field of which is hostile: what a malicious repository owner could write.
 */
final class HostileArticle {
  static final String SCRIPT = "<script>document.title='pwned'</script>";
  static final String BREAKOUT = "</script><script>document.title='pwned'</script><!--";
  static final String IMG = "<img src=x onerror=\"document.title='pwned'\">";
  static final String MD_LINK = "[click me](javascript:document.title='pwned')";
  static final String MD_IMAGE = "![pixel](https://evil.example/p.png)";
  static final String ANSI = "\u001b[2J\u001b[31mred alert\u001b[0m";
  static final String RTL = "harmless\u202egnp.exe";
  static final String BACKTICKS = "`rm -rf /` ``x``";
  static final String AUTOLINK = "<javascript:alert(1)> https://evil.example www.evil.example";

  static final List<String> ALL =
      List.of(SCRIPT, BREAKOUT, IMG, MD_LINK, MD_IMAGE, ANSI, RTL, BACKTICKS, AUTOLINK);

  static final LocalDate DAY = LocalDate.of(2026, 2, 27);

  private HostileArticle() {}

  static String all() {
    return String.join(" | ", ALL);
  }

  static RepoRef repo(int i) {
    String name =
        switch (i % 4) {
          case 0 -> "evil/" + SCRIPT;
          case 1 -> "javascript:alert(1)//x";
          case 2 -> "good-owner/good.repo";
          default -> "owner/" + RTL;
        };
    return new RepoRef(
        name, "<b>" + i + "</b>" + ANSI, ALL.get(i % ALL.size()) + " " + all(), 1000);
  }

  static Article build() {
    List<RepoRef> repos = List.of(repo(0), repo(1), repo(2), repo(3));
    List<VelocitySection.Leader> leaders =
        repos.stream()
            .map(r -> new VelocitySection.Leader(r, 10, 9, true, SCRIPT, MD_LINK))
            .toList();
    RetentionSection.Curve curve =
        new RetentionSection.Curve(repo(0), IMG, DAY.minusDays(2), Arrays.asList(1, null, 3));
    return new Article(
        DAY,
        new Article.Headline(SCRIPT + MD_LINK, BREAKOUT + ANSI + RTL, "leader"),
        new LanguageSection(
            50,
            4,
            DAY.minusDays(30),
            null,
            List.of(
                new LanguageSection.Row(BREAKOUT, 3, 0.75, 1, null),
                new LanguageSection.Row(MD_IMAGE, 1, 0.25, 0, null),
                new LanguageSection.Row(null, 0, 0, 2, null))),
        new ClusterSection(
            List.of(new ClusterSection.Cluster(IMG + MD_LINK, repos, 6, 4, 1, null, 3, 99, true)),
            2,
            null),
        new VelocitySection(leaders, leaders, "trusted note", "momentum note"),
        new RetentionSection(List.of(curve), List.of(curve), List.of(curve), null),
        new ContrarianSection(
            SCRIPT, BREAKOUT, DAY.minusDays(30), 1, 2, 3, 4, 100, MD_IMAGE, false, repos, null),
        new CallSection(
            28,
            20,
            "model",
            List.of(new CallSection.Call(repo(1), "absolute", 1, 0.25, 12.0, "breakout")),
            3,
            List.of(new CallSection.Rate("absolute", 4, 1)),
            List.of(
                new CallSection.Resolved(
                    repo(2), DAY.minusDays(40), "absolute", 1, 0.5, 20, 7, true)),
            null),
        new DataNotes(
            true,
            "Source: the snapshots, 80 days.",
            "GH Archive hours: 24 read whole.",
            List.of(new DataNotes.DataEvent(DAY.minusDays(5), SCRIPT, 3, 0.1, 5L, all())),
            "none removed",
            List.of(new DataNotes.Reproduction("Language map", "reposignal languages --json"))));
  }
}
