package io.reposignal.cluster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Star events made up in a test, served through {@link StargazerSource} the way GH Archive star
 * events will be: a planted audience that stars a group of repositories, and background accounts
 * that star at random.
 */
final class SyntheticStarEvents implements StargazerSource {
  /** One star: who starred which repository, when. */
  record Star(String repo, long actor, Instant at) {}

  private final List<Star> stars = new ArrayList<>();

  void add(String repo, long actor, Instant at) {
    stars.add(new Star(repo, actor, at));
  }

  /**
   * Plants an audience: accounts {@code firstActor..firstActor+accounts-1} each star each of {@code
   * repos} with probability {@code share}, at random times on {@code day}.
   */
  void plantAudience(
      Random random,
      List<String> repos,
      long firstActor,
      int accounts,
      double share,
      LocalDate day) {
    for (long actor = firstActor; actor < firstActor + accounts; actor++) {
      for (String repo : repos) {
        if (random.nextDouble() < share) {
          add(repo, actor, randomTime(random, day));
        }
      }
    }
  }

  /** Background noise: each account stars one random repository of {@code repos}. */
  void plantBackground(
      Random random, List<String> repos, long firstActor, int accounts, LocalDate day) {
    for (long actor = firstActor; actor < firstActor + accounts; actor++) {
      add(repos.get(random.nextInt(repos.size())), actor, randomTime(random, day));
    }
  }

  private static Instant randomTime(Random random, LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400));
  }

  @Override
  public Map<String, Set<Long>> stargazers(LocalDate from, LocalDate to, Collection<String> repos) {
    Set<String> wanted = new HashSet<>();
    repos.forEach(r -> wanted.add(r.toLowerCase(Locale.ROOT)));
    Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Map<String, Set<Long>> stargazers = new TreeMap<>();
    for (Star star : stars) {
      String repo = star.repo().toLowerCase(Locale.ROOT);
      if (wanted.contains(repo) && !star.at().isBefore(start) && star.at().isBefore(end)) {
        stargazers.computeIfAbsent(repo, r -> new HashSet<>()).add(star.actor());
      }
    }
    return stargazers;
  }
}
