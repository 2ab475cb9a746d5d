package io.reposignal.ingest.rankings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives each repository one identity across renames and transfers, reading the snapshots day by day
 * in order. A URL is not an identity: when a name is seen for the first time on a day, it is
 * matched against the repositories that vanished recently (or that are listed under their old name
 * the same day) using {@link RenameEvidence}; the best matches win, one to one; the rest are new
 * repositories. Every name an identity was seen under stays its alias, so an old name finds it.
 */
final class IdentityResolver {
  /**
   * How many days a repository may be absent before a new name can no longer claim it. A rename
   * shows on the next snapshot, or the one after a missing day.
   */
  static final int MAX_RENAME_GAP_DAYS = 3;

  private final Map<String, Integer> identityByAlias = new HashMap<>();
  private final List<Identity> identities = new ArrayList<>();

  /** Resolves one day's observations; days must come in increasing order. */
  Map<Integer, Observation> resolve(LocalDate day, List<Observation> observations) {
    Map<Integer, Observation> assigned = new TreeMap<>();
    List<Observation> unknown = new ArrayList<>();
    for (Observation observation : observations) {
      Integer identity = identityByAlias.get(observation.key());
      if (identity == null) {
        unknown.add(observation);
      } else {
        assigned.merge(identity, observation, IdentityResolver::higherTotal);
      }
    }
    matchRenames(day, unknown, assigned);
    for (Map.Entry<Integer, Observation> entry : assigned.entrySet()) {
      identities.get(entry.getKey()).observe(day, entry.getValue());
    }
    return assigned;
  }

  private void matchRenames(
      LocalDate day, List<Observation> unknown, Map<Integer, Observation> assigned) {
    List<Candidate> candidates = new ArrayList<>();
    for (Observation observation : unknown) {
      for (Identity identity : identities) {
        long gap = ChronoUnit.DAYS.between(identity.lastDay, day);
        boolean sameDay = assigned.containsKey(identity.id);
        if (!sameDay && (gap < 1 || gap > MAX_RENAME_GAP_DAYS)) {
          continue;
        }
        Observation previous = sameDay ? assigned.get(identity.id) : identity.last;
        double score = RenameEvidence.score(previous, observation, sameDay);
        if (score > 0) {
          candidates.add(new Candidate(observation, identity.id, score));
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(candidate -> candidate.observation().key())
            .thenComparingInt(Candidate::identity));
    Set<String> matchedNames = new HashSet<>();
    Set<Integer> claimed = new HashSet<>();
    for (Candidate candidate : candidates) {
      String name = candidate.observation().key();
      if (matchedNames.contains(name) || claimed.contains(candidate.identity())) {
        continue;
      }
      matchedNames.add(name);
      claimed.add(candidate.identity());
      identityByAlias.put(name, candidate.identity());
      assigned.merge(candidate.identity(), candidate.observation(), IdentityResolver::higherTotal);
    }
    for (Observation observation : unknown) {
      if (!matchedNames.contains(observation.key())) {
        Identity identity = new Identity(identities.size());
        identities.add(identity);
        identityByAlias.put(observation.key(), identity.id);
        assigned.put(identity.id, observation);
      }
    }
  }

  private static Observation higherTotal(Observation a, Observation b) {
    return b.stars() > a.stars() ? b : a;
  }

  /** Every identity with its aliases, in the order they were first seen. */
  List<ResolvedIdentity> identities() {
    List<ResolvedIdentity> resolved = new ArrayList<>(identities.size());
    for (Identity identity : identities) {
      resolved.add(
          new ResolvedIdentity(
              identity.id,
              identity.last.fullName(),
              identity.firstDay,
              identity.lastDay,
              List.copyOf(identity.aliases.values())));
    }
    return resolved;
  }

  private record Candidate(Observation observation, int identity, double score) {}

  /** The state of one identity while the days are read. */
  private static final class Identity {
    final int id;
    LocalDate firstDay;
    LocalDate lastDay;
    Observation last;
    final Map<String, Alias> aliases = new LinkedHashMap<>();

    Identity(int id) {
      this.id = id;
    }

    void observe(LocalDate day, Observation observation) {
      if (firstDay == null) {
        firstDay = day;
      }
      lastDay = day;
      last = observation;
      aliases.merge(
          observation.key(),
          new Alias(observation.fullName(), day, day),
          (old, now) -> new Alias(now.fullName(), old.firstDay(), now.lastDay()));
    }
  }

  /**
   * A name an identity was seen under.
   *
   * @param fullName the name as last written by the snapshots
   * @param firstDay the first day it was seen so
   * @param lastDay the last day it was seen so
   */
  record Alias(String fullName, LocalDate firstDay, LocalDate lastDay) {}

  /**
   * An identity as resolved over all days.
   *
   * @param id the identity, numbered from 0 in order of first appearance
   * @param currentName the name on the last day it was observed
   * @param firstDay the first day observed
   * @param lastDay the last day observed
   * @param aliases every name it was seen under
   */
  record ResolvedIdentity(
      int id, String currentName, LocalDate firstDay, LocalDate lastDay, List<Alias> aliases) {}
}
