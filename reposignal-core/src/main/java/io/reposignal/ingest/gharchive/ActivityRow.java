package io.reposignal.ingest.gharchive;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What one actor did on one repository on one UTC day, as counted from one hour file. Summed over
 * repositories it gives the actor's day (events, types, distinct repositories and organisations);
 * counted over actors it gives a repository's distinct actors.
 *
 * @param actorId GitHub's account id; negative when derived from the login (Timeline events)
 * @param repoId the repository, or {@link #NONE} for events on no repository (follows, gists)
 * @param orgId the organisation the repository belongs to, or {@link #NONE}
 * @param typeMask the {@link EventType#bit() bits} of the event types seen
 */
public record ActivityRow(
    LocalDate day, long actorId, long repoId, long orgId, int events, int typeMask)
    implements Serializable {
  /** Stands for "no repository" and "no organisation"; GitHub ids are never 0. */
  public static final long NONE = 0;

  public ActivityRow {
    requireNonNull(day, "day is null");
    if (events < 1) {
      throw new IllegalArgumentException("events must be >= 1, was " + events);
    }
  }
}
